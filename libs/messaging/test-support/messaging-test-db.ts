import { assertTestDatabase, createDataSource, ensureDatabase } from '@casetrack/persistence';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { consumerTablesSql, deadLetterDeskSql } from '../src/consumer/consumer-tables';
import { outboxQuarantineSql, outboxTableSql, outboxTraceparentSql } from '../src/outbox/outbox.writer';
import { CaseTally, CaseTallyProjection } from './case-tally.projection';

/** A throwaway schema of its own in the test database, with outbox, inbox and tally tables. */
export interface MessagingTestDb {
  url: string;
  schema: string;
  dataSource: DataSource;
  /** The tally of every case the projection has seen. */
  tally(): Promise<Map<string, CaseTally>>;
  /** Outbox rows: all, and those not yet sent. */
  outboxCounts(): Promise<{ total: number; unsent: number }>;
  /** Drops the schema and closes the pool. */
  drop(): Promise<void>;
}

/** Creates `msg_test_<random>` in the (test) database at `url` with the messaging tables; the caller drops it in afterAll. */
export async function createMessagingTestDb(url: string): Promise<MessagingTestDb> {
  assertTestDatabase(url);
  const schema = `msg_test_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(url);
  const dataSource = createDataSource({ url, schema, migrations: [], applicationName: schema, poolSize: 12 });
  await dataSource.initialize();
  await dataSource.transaction(async (em) => {
    await em.query(`CREATE SCHEMA "${schema}"`);
    for (const sql of [...outboxTableSql(schema), ...outboxQuarantineSql(schema), ...outboxTraceparentSql(schema), ...consumerTablesSql(schema), ...deadLetterDeskSql(schema), CaseTallyProjection.tableSql(schema)]) await em.query(sql);
  });
  return {
    url,
    schema,
    dataSource,
    async tally() {
      const rows: { case_id: string; applied: number; sequences: number[] }[] = await dataSource.query(
        `SELECT case_id, applied, sequences FROM "${schema}".case_tally`,
      );
      return new Map(rows.map((r) => [r.case_id, { applied: r.applied, sequences: r.sequences }]));
    },
    async outboxCounts() {
      const [row]: { total: string; unsent: string }[] = await dataSource.query(
        `SELECT count(*) AS total, count(*) FILTER (WHERE sent_at IS NULL) AS unsent FROM "${schema}".outbox`,
      );
      return { total: Number(row.total), unsent: Number(row.unsent) };
    },
    async drop() {
      if (!dataSource.isInitialized) return;
      await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await dataSource.destroy();
    },
  };
}
