import { DISPUTE_CATEGORIES } from '@casetrack/contracts';
import { Pool } from 'pg';

/** A committee for the bench; police-station rooms have no field. */
export const BENCH_COMMITTEE = { kind: 'police-station' as const, field: null };

/** The instant pool disputes were received: before every conclusion the bench sends for 2019. */
export const POOL_RECEIVED_AT = '2019-01-15T09:00:00+08:00';

/**
 * Inserts `count` registered disputes straight into a disputes table (set-up, not measured: the
 * conclusions sent to them are) and returns their ids. `table` is mediation.disputes or the
 * baseline's copy; both have the same columns.
 */
export async function insertRegisteredDisputes(
  db: Pool,
  table: 'mediation.disputes' | 'bench_baseline.disputes',
  committeeCode: string,
  count: number,
  receivedAt: string = POOL_RECEIVED_AT,
): Promise<string[]> {
  const ids: string[] = [];
  // In slices, so one statement never holds hundreds of thousands of rows in memory at once.
  for (let done = 0; done < count; done += 50_000) {
    const n = Math.min(50_000, count - done);
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO ${table} (id, committee_code, committee_kind, committee_field, category, source, received_at, party_count, status, sequence)
       SELECT gen_random_uuid(), $1, $2, $3, ($4::text[])[1 + i % 12], 'walk-in', $5::timestamptz, 2, 'registered', 1
         FROM generate_series(1, $6) AS i
       RETURNING id`,
      [committeeCode, BENCH_COMMITTEE.kind, BENCH_COMMITTEE.field, DISPUTE_CATEGORIES, receivedAt, n],
    );
    for (const r of rows) ids.push(r.id);
  }
  return ids;
}
