import { randomUUID } from 'node:crypto';
import { Client, Notification } from 'pg';
import { TEST_DATABASE_URL, uniqueDistrict } from '../../../../tests/support/test-env';
import { createMessagingTestDb, MessagingTestDb } from '../../test-support/messaging-test-db';
import { caseIds, disputeRegistered } from '../../test-support/test-events';
import { outboxChannel, outboxIdleLockArgs, outboxInsertCte } from './outbox-insert';
import { OutboxWriter } from './outbox.writer';

describe('outboxInsertCte against PostgreSQL: one statement for a business row and its events, waking only a sleeping relay', () => {
  let db: MessagingTestDb;
  /** Listens on the schema's outbox channel, as the relay does. */
  let listener: Client;
  /** Stands in for a sleeping relay: holds the idle lock, as the relay does while it waits. */
  let sleeper: Client;
  const notifications: Notification[] = [];

  beforeAll(async () => {
    db = await createMessagingTestDb(TEST_DATABASE_URL);
    await db.dataSource.query(`CREATE TABLE "${db.schema}".business_rows (id uuid PRIMARY KEY, name text NOT NULL)`);
    listener = new Client({ connectionString: db.url });
    sleeper = new Client({ connectionString: db.url });
    await Promise.all([listener.connect(), sleeper.connect()]);
    listener.on('notification', (n) => notifications.push(n));
    await listener.query(`LISTEN "${outboxChannel(db.schema)}"`);
  }, 30_000);

  afterAll(async () => {
    await Promise.all([listener?.end(), sleeper?.end()]);
    await db?.drop();
  }, 30_000);

  beforeEach(async () => {
    await db.dataSource.query(`TRUNCATE "${db.schema}".business_rows, "${db.schema}".outbox`);
    notifications.length = 0;
  });

  /** Register-like: the business row and its events in one statement, the events only if the row was inserted. */
  const registerSql = (name: string, events: ReturnType<typeof disputeRegistered>[]) => {
    const outbox = outboxInsertCte(db.schema, events, 3);
    return {
      sql: `WITH row AS (
              INSERT INTO "${db.schema}".business_rows (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id
            ), events AS (
              ${outbox.sql} AND EXISTS (SELECT 1 FROM row) RETURNING 1
            )
            SELECT (SELECT count(*) FROM row)::int AS rows, (SELECT count(*) FROM events)::int AS events`,
      params: [randomUUID(), name, ...outbox.params],
    };
  };

  const outboxRows = async () =>
    (await db.dataSource.query(`SELECT event_id, partition_key, value FROM "${db.schema}".outbox ORDER BY id`)) as { event_id: string; partition_key: string; value: string }[];

  /** Waits for the next notification; after a NOTIFY of our own, the first one that arrives says who notified first. */
  const nextNotification = async (timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (notifications.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    return notifications.shift();
  };

  it('writes the row and its events in one statement, in event order, with their JSON as stored', async () => {
    const district = uniqueDistrict();
    const [a, b] = caseIds(2);
    const events = [disputeRegistered(district, a, 1), disputeRegistered(district, b, 1)];
    const { sql, params } = registerSql('one', events);
    const [result] = await db.dataSource.query(sql, params);
    expect(result).toEqual({ rows: 1, events: 2 });
    const rows = await outboxRows();
    expect(rows.map((r) => r.event_id)).toEqual(events.map((e) => e.eventId));
    expect(rows.map((r) => r.partition_key)).toEqual([a, b]);
    expect(rows.map((r) => JSON.parse(r.value))).toEqual(events);
  });

  it('writes no events when the condition appended to it is false (the row already existed)', async () => {
    const events = [disputeRegistered(uniqueDistrict(), caseIds(1)[0], 1)];
    const first = registerSql('first', events);
    await db.dataSource.query(first.sql, first.params);
    const again = registerSql('again', [disputeRegistered(uniqueDistrict(), caseIds(1)[0], 1)]);
    again.params[0] = first.params[0]; // the same row id: ON CONFLICT DO NOTHING inserts nothing
    const [result] = await db.dataSource.query(again.sql, again.params);
    expect(result).toEqual({ rows: 0, events: 0 });
    expect((await outboxRows()).map((r) => r.event_id)).toEqual([events[0].eventId]);
  });

  it('does not NOTIFY while no relay sleeps: it holds the idle lock shared until commit instead', async () => {
    const { sql, params } = registerSql('busy relay', [disputeRegistered(uniqueDistrict(), caseIds(1)[0], 1)]);
    const heldShared = await db.dataSource.transaction(async (em) => {
      await em.query(sql, params);
      const [lock] = await em.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'advisory' AND mode = 'ShareLock' AND granted`,
      );
      return lock.n as number;
    });
    expect(heldShared).toBe(1);
    // Notifications of different transactions arrive in commit order: if the command had notified, its would come first.
    await listener.query(`NOTIFY "${outboxChannel(db.schema)}", 'marker'`);
    expect((await nextNotification())?.payload).toBe('marker');
  });

  it('NOTIFYs at commit while the relay sleeps (holds the idle lock), once per statement however many events', async () => {
    await sleeper.query(`SELECT pg_advisory_lock(${outboxIdleLockArgs(db.schema)})`);
    try {
      const events = caseIds(3).map((id) => disputeRegistered(uniqueDistrict(), id, 1));
      const { sql, params } = registerSql('sleeping relay', events);
      await db.dataSource.query(sql, params);
      expect((await nextNotification())?.payload).toBe('');
      await listener.query(`NOTIFY "${outboxChannel(db.schema)}", 'marker'`);
      expect((await nextNotification())?.payload).toBe('marker');
    } finally {
      await sleeper.query(`SELECT pg_advisory_unlock(${outboxIdleLockArgs(db.schema)})`);
    }
  });

  it('never NOTIFYs for a transaction that rolls back', async () => {
    await sleeper.query(`SELECT pg_advisory_lock(${outboxIdleLockArgs(db.schema)})`);
    try {
      await expect(
        db.dataSource.transaction(async (em) => {
          await new OutboxWriter(db.schema).append(em, [disputeRegistered(uniqueDistrict(), caseIds(1)[0], 1)]);
          throw new Error('the command failed after its events');
        }),
      ).rejects.toThrow('the command failed');
      await listener.query(`NOTIFY "${outboxChannel(db.schema)}", 'marker'`);
      expect((await nextNotification())?.payload).toBe('marker');
      expect(await db.outboxCounts()).toEqual({ total: 0, unsent: 0 });
    } finally {
      await sleeper.query(`SELECT pg_advisory_unlock(${outboxIdleLockArgs(db.schema)})`);
    }
  });

  it('keeps a sleeping relay from taking the lock back while a command that skipped its NOTIFY is open', async () => {
    const { sql, params } = registerSql('in flight', [disputeRegistered(uniqueDistrict(), caseIds(1)[0], 1)]);
    const tryIdle = async () => (await sleeper.query(`SELECT pg_try_advisory_lock(${outboxIdleLockArgs(db.schema)}) AS locked`)).rows[0].locked as boolean;
    await db.dataSource.transaction(async (em) => {
      await em.query(sql, params);
      expect(await tryIdle()).toBe(false);
    });
    // Granted once the command committed, and its row is visible to the relay's next read.
    expect(await tryIdle()).toBe(true);
    const { rows } = await sleeper.query(`SELECT count(*)::int AS n FROM "${db.schema}".outbox WHERE sent_at IS NULL`);
    expect(rows[0].n).toBe(1);
    await sleeper.query(`SELECT pg_advisory_unlock(${outboxIdleLockArgs(db.schema)})`);
  });
});
