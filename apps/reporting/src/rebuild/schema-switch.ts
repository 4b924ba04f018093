import { EntityManager } from 'typeorm';
import { reportingSchemas, saveLiveGroupId } from './reporting-schemas';

/** Taken shared by every filing and exclusively by the switch, so no filing lands in a schema being retired. */
export const FILINGS_LOCK = 'casetrack.reporting.filings';

/**
 * In the caller's transaction: carries the records that are not projections (filings, idempotency
 * keys) from the live schema into the rebuilt one, retires the live schema under a dated name, puts
 * the rebuilt one in its place and records the rebuild's consumer group as the live one. Readers
 * resolve the schema's tables by name, so they see the rebuilt tables from their next statement on.
 */
export async function switchToRebuilt(em: EntityManager, s: { schema: string; configuredGroupId: string; groupId: string; at: Date }): Promise<string> {
  const { live, next, retired } = reportingSchemas(s.schema);
  const retiredName = retired(s.at);
  await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [FILINGS_LOCK]);
  await em.query(`INSERT INTO "${next}".filings SELECT * FROM "${live}".filings ON CONFLICT DO NOTHING`);
  await em.query(`INSERT INTO "${next}".idempotency_keys SELECT * FROM "${live}".idempotency_keys ON CONFLICT DO NOTHING`);
  await em.query(`ALTER SCHEMA "${live}" RENAME TO "${retiredName}"`);
  await em.query(`ALTER SCHEMA "${next}" RENAME TO "${live}"`);
  await saveLiveGroupId(em, s.schema, s.configuredGroupId, s.groupId);
  return retiredName;
}
