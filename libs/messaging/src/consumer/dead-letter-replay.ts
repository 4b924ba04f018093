import { DataSource } from 'typeorm';
import { applyOnce } from './apply-once';
import { DeadLetterKind, readMessage } from './dead-letter';
import { EventProjection } from './event-projection';
import { isTransientError } from './transient-error';

/**
 * What replaying a dead letter did: its event applied now, found already applied (it changed
 * nothing), or it is still a dead letter (`reason` and `kind` say why, now).
 */
export type ReplayOutcome = 'applied' | 'already-applied' | 'dead-lettered';

export interface ReplayResult {
  id: string;
  outcome: ReplayOutcome;
  /** The dead letter's reason after the replay: the new one when it stayed dead-lettered. */
  reason: string;
  kind: DeadLetterKind;
}

/** A dead letter that cannot be replayed: its message was recorded before the desk kept values. */
export class DeadLetterValueNotKeptError extends Error {
  constructor(readonly id: string) {
    super(`dead letter ${id} was recorded before dead letters kept their message; find it on its topic at its offset`);
  }
}

export interface DeadLetterReplayOptions {
  dataSource: DataSource;
  /** Schema of the inbox and dead_letters tables (the consumer's). */
  schema: string;
  /** The projection the consumer applies: a replay goes through the same one. */
  projection: EventProjection;
  /** Named in a no-handler reason, as the consumer names its group. */
  groupId: string;
}

interface Row {
  id: string;
  topic: string;
  partition: number;
  offset: string;
  value_kept: boolean;
  message_value: Buffer | null;
}

/**
 * Replays dead letters through the consumer's own exactly-once path: the kept message is read as
 * the consumer reads one (readMessage), then claimed in the inbox and applied by the projection
 * with its original topic, partition and offset (applyOnce), in one transaction with the update
 * of its row. An event already applied stays applied once; one that is still invalid, or whose
 * projection still fails (non-transient), stays dead-lettered with the new reason. The row is
 * locked for the replay, so two replays of one dead letter run one after the other. A transient
 * error (database or Kafka away) is thrown, nothing recorded: the replay can simply be asked again.
 * A row once resolved (its event applied) stays resolved.
 */
export class DeadLetterReplay {
  constructor(private readonly opts: DeadLetterReplayOptions) {}

  /** Replays one dead letter; null when there is no such row. Throws DeadLetterValueNotKeptError for a row without its message. */
  async replay(id: string): Promise<ReplayResult | null> {
    const t = `"${this.opts.schema}".dead_letters`;
    return this.opts.dataSource.transaction(async (em) => {
      const [row]: Row[] = await em.query(
        `SELECT id::text AS id, topic, partition, "offset"::text AS "offset", value_kept, message_value FROM ${t} WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) return null;
      if (!row.value_kept) throw new DeadLetterValueNotKeptError(row.id);
      const read = readMessage(row.message_value, this.opts.projection, this.opts.groupId);
      let outcome: ReplayOutcome;
      let failure: { reason: string; kind: DeadLetterKind } | null = null;
      if (!read.ok) {
        [outcome, failure] = ['dead-lettered', { reason: read.reason, kind: read.kind }];
      } else {
        await em.query('SAVEPOINT casetrack_replay');
        try {
          const applied = await applyOnce(em, this.opts.schema, this.opts.projection, [read.event], { topic: row.topic, partition: row.partition, offsetOf: () => row.offset });
          await em.query('RELEASE SAVEPOINT casetrack_replay');
          outcome = applied.length > 0 ? 'applied' : 'already-applied';
        } catch (err) {
          if (isTransientError(err)) throw err;
          await em.query('ROLLBACK TO SAVEPOINT casetrack_replay');
          [outcome, failure] = ['dead-lettered', { reason: `projection failed on replay: ${(err as Error)?.message ?? String(err)}`, kind: 'projection-failed' }];
        }
      }
      // In a CTE: the statement is then a SELECT, which TypeORM answers with its rows alone.
      const [updated]: { reason: string; kind: DeadLetterKind }[] = await em.query(
        `WITH u AS (
           UPDATE ${t} SET replays = replays + 1, replayed_at = now(), replay_outcome = $2,
             reason = coalesce($3, reason), kind = coalesce($4, kind),
             resolved_at = CASE WHEN $2 = 'dead-lettered' THEN resolved_at ELSE coalesce(resolved_at, now()) END
           WHERE id = $1 RETURNING reason, kind)
         SELECT reason, kind FROM u`,
        [row.id, outcome, failure?.reason.slice(0, 2000) ?? null, failure?.kind ?? null],
      );
      return { id: row.id, outcome, reason: updated.reason, kind: updated.kind };
    });
  }
}
