import { CaseEvent, EVENT_DEFINITIONS, Topics } from '@casetrack/contracts';
import { EntityManager } from 'typeorm';
import { EventProjection } from '../src/consumer/event-projection';

/** What the projection recorded for one case: how many events it applied, and their sequences in order. */
export interface CaseTally {
  applied: number;
  sequences: number[];
}

/**
 * A test projection over the mediation topic: for one district it counts applied events per case
 * and appends their sequences, so a test sees exactly what was applied, how often and in what order.
 * It deliberately does no de-duplication of its own: a second application would show.
 */
export class CaseTallyProjection implements EventProjection {
  // Every type of the topic, so other suites' events on the shared topic are ignored, not dead-lettered.
  readonly handledTypes: ReadonlySet<string> = new Set(EVENT_DEFINITIONS.filter((d) => d.topic === Topics.mediation).map((d) => d.type));

  constructor(
    private readonly schema: string,
    private readonly district: string,
  ) {}

  /** SQL creating the tally table in `schema`. */
  static tableSql(schema: string): string {
    return `CREATE TABLE "${schema}".case_tally (case_id uuid PRIMARY KEY, applied int NOT NULL, sequences int[] NOT NULL)`;
  }

  async apply(em: EntityManager, events: readonly CaseEvent[]): Promise<void> {
    const byCase = new Map<string, number[]>();
    for (const event of events) {
      if (event.district !== this.district) continue;
      const list = byCase.get(event.caseId) ?? [];
      list.push(event.sequence);
      byCase.set(event.caseId, list);
    }
    if (byCase.size === 0) return;
    const keys = [...byCase.keys()].sort(); // one multi-row upsert, rows in key order (no deadlocks)
    await em.query(
      `INSERT INTO "${this.schema}".case_tally (case_id, applied, sequences)
       SELECT t.case_id, t.applied, t.sequences::int[] FROM unnest($1::uuid[], $2::int[], $3::text[]) AS t(case_id, applied, sequences)
       ON CONFLICT (case_id) DO UPDATE SET
         applied = case_tally.applied + excluded.applied,
         sequences = case_tally.sequences || excluded.sequences`,
      [keys, keys.map((k) => byCase.get(k)!.length), keys.map((k) => `{${byCase.get(k)!.join(',')}}`)],
    );
  }
}
