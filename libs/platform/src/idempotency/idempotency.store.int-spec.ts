import { createDataSource, ensureDatabase } from '@casetrack/persistence';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TEST_DATABASE_URL } from '../../../../tests/support/test-env';
import { runAsActor } from '../auth/actor-context';
import { Actor } from '../auth/roles';
import { IdempotencyConfig } from '../config/idempotency-config';
import { IdempotencyPruner } from './idempotency.pruner';
import { CommandResponse, idempotencyPerUserSql, idempotencyTableSql, IdempotencyStore } from './idempotency.store';

describe('the idempotency store (real PostgreSQL)', () => {
  const schema = `idem_test_${randomBytes(4).toString('hex')}`;
  const config: IdempotencyConfig = { secret: 'x'.repeat(40), developmentSecret: false, ttlHours: 24, pruneBatchSize: 3, pruneIntervalSeconds: 600 };
  const store = new IdempotencyStore(schema, config);
  let dataSource: DataSource;
  const alice: Actor = { id: 'u-alice', role: 'review-officer' };
  const bob: Actor = { id: 'u-bob', role: 'review-officer' };

  beforeAll(async () => {
    await ensureDatabase(TEST_DATABASE_URL);
    dataSource = createDataSource({ url: TEST_DATABASE_URL, schema, migrations: [], applicationName: schema, poolSize: 4 });
    await dataSource.initialize();
    await dataSource.query(`CREATE SCHEMA "${schema}"`);
    // The table as the services' migrations leave it: first shape, then per user.
    for (const sql of [...idempotencyTableSql(schema), ...idempotencyPerUserSql(schema)]) await dataSource.query(sql);
  });

  afterAll(async () => {
    await dataSource?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource?.destroy();
  });

  /** Runs one command as `actor` under `key`: its answer is a fresh id, so a replay is told apart from new work. */
  const command = (actor: Actor, key: string, body: unknown, scope = 'POST /v1/things') =>
    runAsActor(actor, () =>
      dataSource.transaction((em) => store.run(em, scope, key, body, async (): Promise<CommandResponse<{ id: string }>> => ({ status: 201, body: { id: randomUUID() } }))),
    );
  const records = (key: string) =>
    dataSource.query(`SELECT actor_id, scope, request_hash, response FROM "${schema}".idempotency_keys WHERE key = $1 ORDER BY actor_id`, [key]);

  it('replays the first answer to the same user retrying the same key and body', async () => {
    const key = `k-${randomUUID()}`;
    const first = await command(alice, key, { a: 1 });
    const retry = await command(alice, key, { a: 1 });
    expect(retry).toEqual({ ...first, replayed: true });
  });

  it('keeps the same key from two different users as two records with two answers', async () => {
    const key = `k-${randomUUID()}`;
    const fromAlice = await command(alice, key, { a: 1 });
    const fromBob = await command(bob, key, { a: 1 });
    expect(fromBob.replayed).toBeUndefined();
    expect(fromBob.body.id).not.toBe(fromAlice.body.id);
    // A different body under Bob's copy of the key is no conflict with Alice's either.
    expect((await command(bob, `${key}-2`, { a: 2 })).replayed).toBeUndefined();
    const rows = await records(key);
    expect(rows.map((r: { actor_id: string; response: { id: string } }) => [r.actor_id, r.response.id])).toEqual([
      ['u-alice', fromAlice.body.id],
      ['u-bob', fromBob.body.id],
    ]);
    expect((await command(alice, key, { a: 1 })).body).toEqual(fromAlice.body);
    expect((await command(bob, key, { a: 1 })).body).toEqual(fromBob.body);
  });

  it('stores the body only as an HMAC keyed with the server secret, not as a plain SHA-256', async () => {
    const key = `k-${randomUUID()}`;
    const body = { applicantIdNumber: '11010519491231002X', channel: 'mail' };
    await command(alice, key, body);
    const [row] = await records(key);
    const plain = createHash('sha256').update('{"applicantIdNumber":"11010519491231002X","channel":"mail"}').digest('hex');
    expect(row.request_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.request_hash).not.toBe(plain);
    expect(row.request_hash).toBe(store.requestHash(body));
    expect(new IdempotencyStore(schema, { ...config, secret: 'y'.repeat(40) }).requestHash(body)).not.toBe(row.request_hash);
  });

  it('treats a key older than the TTL as new: the work runs again and the record starts over', async () => {
    const key = `k-${randomUUID()}`;
    const first = await command(alice, key, { a: 1 });
    await dataSource.query(`UPDATE "${schema}".idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    const again = await command(alice, key, { a: 2 });
    expect(again.replayed).toBeUndefined();
    expect(again.body.id).not.toBe(first.body.id);
    const [row] = await records(key);
    expect(row.response.id).toBe(again.body.id);
  });

  it('prunes expired records in batches of at most the batch size, and leaves the live ones', async () => {
    await dataSource.query(`DELETE FROM "${schema}".idempotency_keys`);
    const prefix = `p-${randomUUID()}`;
    for (let i = 0; i < 8; i++) await command(alice, `${prefix}-${i}`, { i });
    // 7 expired (one just past the TTL), 1 live.
    await dataSource.query(
      `UPDATE "${schema}".idempotency_keys SET created_at = now() - interval '24 hours 1 second' - (interval '1 day' * right(key, 1)::int) WHERE key <> $1`,
      [`${prefix}-7`],
    );
    const count = async () => (await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".idempotency_keys`))[0].n;
    expect(await store.pruneBatch(dataSource.manager, 3)).toBe(3);
    expect(await count()).toBe(5);
    const pruner = new IdempotencyPruner(dataSource, store, config);
    expect(await pruner.pruneExpired()).toBe(4);
    const left = await dataSource.query(`SELECT key FROM "${schema}".idempotency_keys`);
    expect(left).toEqual([{ key: `${prefix}-7` }]);
    expect(await pruner.pruneExpired()).toBe(0);
  });

  it('has the index on created_at that pruning scans by', async () => {
    const rows = await dataSource.query(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'idempotency_keys_by_created'`, [schema]);
    expect(rows).toEqual([{ indexdef: expect.stringContaining('(created_at)') }]);
  });
});
