import { RowInsert } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { LegalAidCase } from '../domain/legal-aid-case';

/** Corrections of closed cases' benefits in legal_aid.case_corrections, each with its reason and event. */
@Injectable()
export class CaseCorrectionRepository {
  /** The row recording one correction of `before` into `after`, published as `eventId` (written with the change). */
  row(c: { before: LegalAidCase; after: LegalAidCase; eventId: string; reason: string; actorId: string | null }): RowInsert {
    return {
      table: 'legal_aid.case_corrections',
      values: {
        case_id: c.before.id, event_id: c.eventId, old_benefit_fen: c.before.benefitFen, new_benefit_fen: c.after.benefitFen,
        reason: c.reason, actor_id: c.actorId, corrected_at: c.after.updatedAt,
      },
    };
  }
}
