import { CaseEvent } from '@casetrack/contracts';
import { OutboxWriter, outboxQuarantineSql, outboxTableSql, outboxTraceparentSql } from '@casetrack/messaging';
import { createDataSource, ensureDatabase } from '@casetrack/persistence';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { TEST_DATABASE_URL } from '../../../../tests/support/test-env';
import { runAsActor } from '../auth/actor-context';
import { Actor } from '../auth/roles';
import { ServiceConfig } from '../config/service-config';
import { envelopeFor, EventContext } from '../events/event-context';
import { idempotencyPerUserSql, idempotencyTableSql, IdempotencyStore } from '../idempotency/idempotency.store';
import { uuidGenerator } from '../time/clock';
import { CaseTable, CommandRunner } from './command-runner';

/** The case of these tests: a counter; every command publishes one event about it. */
interface Counter {
  id: string;
  sequence: number;
  total: number;
  note: string | null;
}

/** A table that gives its columns is read with the key in one query; one with `find` only, in two. */
describe.each([
  ['its columns (the case and the key read in one query)', true],
  ['only `find` (the case and the key read apart)', false],
])('the command runner (real PostgreSQL): one statement per command, for a table giving %s', (_, givesColumns) => {
  const schema = `cmd_test_${randomBytes(4).toString('hex')}`;
  let dataSource: DataSource;
  let runner: CommandRunner;
  const clerk: Actor = { id: 'u-clerk', role: 'mediation-clerk', unit: 'C1' } as Actor;
  const config = { districtCode: '500106', timeZone: 'Asia/Shanghai' } as ServiceConfig;

  const toCounter = (r: Record<string, any>): Counter => ({ id: r.id, sequence: r.sequence, total: Number(r.total), note: r.note });
  const findOnly: CaseTable<Counter> = {
    entity: 'counter',
    table: `${schema}.counters`,
    insertValues: (c) => ({ id: c.id, sequence: c.sequence, total: c.total, note: c.note }),
    updateValues: (c) => ({ sequence: c.sequence, total: c.total, note: c.note }),
    find: async (em: EntityManager, id: string) => {
      const [r] = await em.query(`SELECT id, sequence, total, note FROM "${schema}".counters WHERE id = $1`, [id]);
      return r ? toCounter(r) : null;
    },
  };
  const table: CaseTable<Counter> = givesColumns ? { ...findOnly, columns: 'id, sequence, total, note', fromRow: toCounter } : findOnly;

  /** A valid v1 event about the counter (the committee contract: any registered contract serves the outbox's validation). */
  const event = (c: Counter, ctx: EventContext): CaseEvent =>
    ({
      ...envelopeFor('mediation.committee.registered', c.id, c.sequence, ctx),
      payload: { code: `C-${c.total}`, kind: 'community', field: null, establishedAt: '2019-01-01T00:00:00+08:00' },
    }) as unknown as CaseEvent;

  beforeAll(async () => {
    await ensureDatabase(TEST_DATABASE_URL);
    dataSource = createDataSource({ url: TEST_DATABASE_URL, schema, migrations: [], applicationName: schema, poolSize: 8 });
    await dataSource.initialize();
    await dataSource.query(`CREATE SCHEMA "${schema}"`);
    for (const sql of [
      ...idempotencyTableSql(schema), ...idempotencyPerUserSql(schema), ...outboxTableSql(schema), ...outboxQuarantineSql(schema), ...outboxTraceparentSql(schema),
      `CREATE TABLE "${schema}".counters (id uuid PRIMARY KEY, sequence int NOT NULL, total bigint NOT NULL CHECK (total >= 0), note text)`,
      `CREATE TABLE "${schema}".notes (counter_id uuid NOT NULL, event_id uuid NOT NULL, text text NOT NULL CHECK (text <> ''))`,
      `CREATE TABLE "${schema}".parts (id uuid PRIMARY KEY, counter_id uuid NOT NULL, total bigint NOT NULL, event_id uuid NOT NULL)`,
    ])
      await dataSource.query(sql);
    const store = new IdempotencyStore(schema, { secret: 's'.repeat(40), ttlHours: 24 });
    runner = new CommandRunner(dataSource, new OutboxWriter(schema), store, { now: () => new Date() }, uuidGenerator, config);
  });

  afterAll(async () => {
    await dataSource?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource?.destroy();
  });

  const create = (key?: string, total = 0) =>
    runAsActor(clerk, () =>
      runner.create(table, { scope: 'POST /counters', key, body: { total } }, (now, ctx) => {
        const row = { id: randomUUID(), sequence: 1, total, note: null };
        return { row, events: [event(row, ctx())], status: 201, body: row };
      }),
    );

  /** Adds `by` to the counter; `note` writes a row beside it in the same statement. */
  const add = (id: string, by: number, key?: string, note?: string, actor: Actor = clerk, mayAct?: (c: Counter) => void) =>
    runAsActor(actor, () =>
      runner.change(table, id, { scope: `POST /counters/:id/add ${id}`, key, body: { by, note } }, (current, now, ctx) => {
        const row = { ...current, sequence: current.sequence + 1, total: current.total + by, note: note ?? current.note };
        const e = event(row, ctx());
        return {
          row,
          events: [e],
          also: note === undefined ? [] : [{ table: `${schema}.notes`, values: { counter_id: id, event_id: e.eventId, text: note } }],
          status: 200,
          body: row,
        };
      }, { mayAct }),
    );

  const state = async (id: string) => {
    const [c] = await dataSource.query(`SELECT sequence, total FROM "${schema}".counters WHERE id = $1`, [id]);
    const [o] = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE partition_key = $1`, [id]);
    const [n] = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".notes WHERE counter_id = $1`, [id]);
    return { sequence: c?.sequence, total: c ? Number(c.total) : undefined, outbox: o.n, notes: n.n };
  };

  /** Adds `by` to the counter and writes its part `partId` as it now stands: inserted the first time, replaced after (RowInsert.replace). */
  const addToPart = (id: string, partId: string, by: number) =>
    runAsActor(clerk, () =>
      runner.change(table, id, { scope: `POST /counters/:id/parts ${id}`, body: { by } }, (current, now, ctx) => {
        const row = { ...current, sequence: current.sequence + 1, total: current.total + by };
        const e = event(row, ctx());
        return { row, events: [e], also: [{ table: `${schema}.parts`, values: { id: partId, counter_id: id, total: row.total, event_id: e.eventId }, replace: true }], status: 200, body: row };
      }),
    );

  it('inserts a part beside the case the first time and replaces it on the next change, with the case and its events', async () => {
    const { body } = await create(undefined, 1);
    const partId = randomUUID();
    await addToPart(body.id, partId, 2);
    await addToPart(body.id, partId, 3);
    const parts = await dataSource.query(`SELECT id, total FROM "${schema}".parts WHERE counter_id = $1`, [body.id]);
    expect(parts.map((p: { id: string; total: string }) => [p.id, Number(p.total)])).toEqual([[partId, 6]]);
    expect(await state(body.id)).toEqual({ sequence: 3, total: 6, outbox: 3, notes: 0 });
  });

  it('creates a case with its event in one statement, and replays it to a retry under the same key', async () => {
    const key = `k-${randomUUID()}`;
    const first = await create(key, 5);
    const retry = await create(key, 5);
    expect(first.status).toBe(201);
    expect(retry).toEqual({ status: 201, body: JSON.parse(JSON.stringify(first.body)), replayed: true });
    expect(await state(first.body.id)).toEqual({ sequence: 1, total: 5, outbox: 1, notes: 0 });
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".counters WHERE total = 5`);
    expect(n).toBe(1);
  });

  it('answers 422 to the same key with another body, and writes nothing for it', async () => {
    const key = `k-${randomUUID()}`;
    await create(key, 7);
    await expect(create(key, 8)).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY.REUSED', kind: 'idempotency-mismatch' });
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".counters WHERE total = 8`);
    expect(n).toBe(0);
  });

  it('runs one of many concurrent creates under one key, and replays it to the others', async () => {
    const key = `k-${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => create(key, 11)));
    const ids = new Set(answers.map((a) => a.body.id));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".counters WHERE total = 11`);
    expect(n).toBe(1);
  });

  it('changes a case, writes the row beside it, and replays the change to a retry (not applying it twice)', async () => {
    const { body } = await create();
    const key = `k-${randomUUID()}`;
    const first = await add(body.id, 3, key, 'first note');
    const retry = await add(body.id, 3, key, 'first note');
    expect(retry.replayed).toBe(true);
    expect(retry.body).toEqual(JSON.parse(JSON.stringify(first.body)));
    expect(await state(body.id)).toEqual({ sequence: 2, total: 3, outbox: 2, notes: 1 });
  });

  it('applies every one of many concurrent changes of one case exactly once, with consecutive sequences', async () => {
    const { body } = await create();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => add(body.id, 1, `k-${randomUUID()}-${i}`)));
    expect(answers.every((a) => a.status === 200 && !a.replayed)).toBe(true);
    expect(await state(body.id)).toEqual({ sequence: 13, total: 12, outbox: 13, notes: 0 });
    const rows: { sequence: number }[] = await dataSource.query(
      `SELECT (value::json->>'sequence')::int AS sequence FROM "${schema}".outbox WHERE partition_key = $1 ORDER BY id`,
      [body.id],
    );
    expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  it('applies one of many concurrent retries of one change under one key', async () => {
    const { body } = await create();
    const key = `k-${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => add(body.id, 2, key)));
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.sequence))).toEqual(new Set([2]));
    expect(await state(body.id)).toEqual({ sequence: 2, total: 2, outbox: 2, notes: 0 });
  });

  it('writes nothing — no row, no key, no event — when a row beside the change breaks a constraint', async () => {
    const { body } = await create();
    const key = `k-${randomUUID()}`;
    await expect(add(body.id, 1, key, '')).rejects.toThrow(/check constraint/);
    expect(await state(body.id)).toEqual({ sequence: 1, total: 0, outbox: 1, notes: 0 });
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM "${schema}".idempotency_keys WHERE key = $1`, [key]);
    expect(n).toBe(0);
    // The key is free: the corrected request goes through.
    expect((await add(body.id, 1, key, 'fixed')).replayed).toBeUndefined();
    expect(await state(body.id)).toEqual({ sequence: 2, total: 1, outbox: 2, notes: 1 });
  });

  it('answers 404 naming the case for an unknown id', async () => {
    const id = randomUUID();
    await expect(add(id, 1)).rejects.toMatchObject({ code: 'COUNTER.NOT_FOUND', kind: 'not-found' });
  });

  it('takes over an expired key as a new request', async () => {
    const { body } = await create();
    const key = `k-${randomUUID()}`;
    await add(body.id, 1, key);
    await dataSource.query(`UPDATE "${schema}".idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1`, [key]);
    const again = await add(body.id, 1, key);
    expect(again.replayed).toBeUndefined();
    expect(await state(body.id)).toEqual({ sequence: 3, total: 2, outbox: 3, notes: 0 });
  });

  it('checks who may act on the case before a recorded key is answered: a refused user never gets the stored answer', async () => {
    const { body } = await create();
    const key = `k-${randomUUID()}`;
    await add(body.id, 1, key);
    const refuse = () => {
      throw new Error('may not act on this counter');
    };
    await expect(add(body.id, 1, key, undefined, clerk, refuse)).rejects.toThrow('may not act on this counter');
    expect(await state(body.id)).toEqual({ sequence: 2, total: 1, outbox: 2, notes: 0 });
  });

  it('keeps one user\'s key apart from another\'s: the same key from another user is a new change', async () => {
    const { body } = await create();
    const key = `k-${randomUUID()}`;
    const other: Actor = { ...clerk, id: 'u-other-clerk' } as Actor;
    await add(body.id, 1, key);
    const theirs = await add(body.id, 1, key, undefined, other);
    expect(theirs.replayed).toBeUndefined();
    expect(await state(body.id)).toEqual({ sequence: 3, total: 2, outbox: 3, notes: 0 });
  });

  it('answers a change without a key, and the same change again is applied again', async () => {
    const { body } = await create();
    await add(body.id, 2);
    await add(body.id, 2);
    expect(await state(body.id)).toEqual({ sequence: 3, total: 4, outbox: 3, notes: 0 });
  });
});
