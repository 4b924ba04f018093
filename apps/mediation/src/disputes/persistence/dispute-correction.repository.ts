import { RowInsert } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { Dispute } from '../domain/dispute';

/** Corrections of disputes' results in mediation.dispute_corrections, each with its reason and event. */
@Injectable()
export class DisputeCorrectionRepository {
  /** The row recording one correction of `before` into `after`, published as `eventId` (written with the change). */
  row(c: { before: Dispute; after: Dispute; eventId: string; reason: string; actorId: string | null }): RowInsert {
    return {
      table: 'mediation.dispute_corrections',
      values: {
        dispute_id: c.before.id, event_id: c.eventId, old_result: c.before.result, new_result: c.after.result, old_agreement: c.before.agreement,
        old_agreement_amount_fen: c.before.agreementAmountFen, reason: c.reason, actor_id: c.actorId, corrected_at: c.after.updatedAt,
      },
    };
  }
}
