import { DataSource, EntityManager } from 'typeorm';

/**
 * The schemas around the live projections of `schema`: the one a rebuild fills, the name the
 * replaced one retires under, and the one no rebuild renames, which says which consumer group the
 * live projections follow. Names come from validated configuration, never from a request.
 */
export function reportingSchemas(schema: string) {
  return {
    live: schema,
    next: `${schema}_next`,
    meta: `${schema}_meta`,
    retired: (at: Date) => `${schema}_retired_${at.toISOString().replace(/\D/g, '').slice(0, 14)}`,
  };
}

const settingKey = (configuredGroupId: string) => `live_group:${configuredGroupId}`;

/**
 * The consumer group the live projections follow: the one the last rebuild switched to, or the
 * configured one before any rebuild (the meta schema only exists once a rebuild has switched).
 */
export async function liveGroupId(dataSource: DataSource, schema: string, configuredGroupId: string): Promise<string> {
  const { meta } = reportingSchemas(schema);
  const [{ table }] = await dataSource.query(`SELECT to_regclass($1) AS table`, [`"${meta}".settings`]);
  if (table === null) return configuredGroupId;
  const rows: { value: string }[] = await dataSource.query(`SELECT value FROM "${meta}".settings WHERE key = $1`, [settingKey(configuredGroupId)]);
  return rows[0]?.value ?? configuredGroupId;
}

/** Records, in the caller's transaction, that the live projections follow `groupId` from now on. */
export async function saveLiveGroupId(em: EntityManager, schema: string, configuredGroupId: string, groupId: string): Promise<void> {
  const { meta } = reportingSchemas(schema);
  await em.query(`CREATE SCHEMA IF NOT EXISTS "${meta}"`);
  await em.query(`CREATE TABLE IF NOT EXISTS "${meta}".settings (key text PRIMARY KEY, value text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
  await em.query(
    `INSERT INTO "${meta}".settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
    [settingKey(configuredGroupId), groupId],
  );
}
