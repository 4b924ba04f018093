import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Dispute } from '../domain/dispute';

/** Corrections of disputes' results in mediation.dispute_corrections, each with its reason and event. */
@Injectable()
export class DisputeCorrectionRepository {
  /** Records one correction of `before` into `after`, published as `eventId`. */
  async insert(em: EntityManager, c: { before: Dispute; after: Dispute; eventId: string; reason: string; actorId: string | null }): Promise<void> {
    await em.query(
      `INSERT INTO mediation.dispute_corrections
         (dispute_id, event_id, old_result, new_result, old_agreement, old_agreement_amount_fen, reason, actor_id, corrected_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [c.before.id, c.eventId, c.before.result, c.after.result, c.before.agreement, c.before.agreementAmountFen, c.reason, c.actorId, c.after.updatedAt],
    );
  }
}
