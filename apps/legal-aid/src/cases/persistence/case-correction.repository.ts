import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LegalAidCase } from '../domain/legal-aid-case';

/** Corrections of closed cases' benefits in legal_aid.case_corrections, each with its reason and event. */
@Injectable()
export class CaseCorrectionRepository {
  /** Records one correction of `before` into `after`, published as `eventId`. */
  async insert(em: EntityManager, c: { before: LegalAidCase; after: LegalAidCase; eventId: string; reason: string; actorId: string | null }): Promise<void> {
    await em.query(
      `INSERT INTO legal_aid.case_corrections (case_id, event_id, old_benefit_fen, new_benefit_fen, reason, actor_id, corrected_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [c.before.id, c.eventId, c.before.benefitFen, c.after.benefitFen, c.reason, c.actorId, c.after.updatedAt],
    );
  }
}
