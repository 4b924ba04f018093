import { randomUUID } from 'node:crypto';
import { TEST_DATABASE_URL, uniqueDistrict } from '../../../../tests/support/test-env';
import { createMessagingTestDb, MessagingTestDb } from '../../test-support/messaging-test-db';
import { caseIds, disputeRegistered } from '../../test-support/test-events';
import { EventContractViolationError } from './event-contract-violation.error';
import { OutboxWriter } from './outbox.writer';

describe('OutboxWriter against PostgreSQL: events are checked against their contract before commit', () => {
  let db: MessagingTestDb;
  let writer: OutboxWriter;

  beforeAll(async () => {
    db = await createMessagingTestDb(TEST_DATABASE_URL);
    writer = new OutboxWriter(db.schema);
    await db.dataSource.query(`CREATE TABLE "${db.schema}".business_rows (id uuid PRIMARY KEY)`);
  }, 30_000);

  afterAll(async () => {
    await db?.drop();
  }, 30_000);

  beforeEach(async () => {
    await db.dataSource.query(`TRUNCATE "${db.schema}".business_rows, "${db.schema}".outbox`);
  });

  const businessRows = async () => Number((await db.dataSource.query(`SELECT count(*) AS n FROM "${db.schema}".business_rows`))[0].n);

  /** A caller's transaction: its own row, then the events. */
  const command = (events: Parameters<OutboxWriter['append']>[1]) =>
    db.dataSource.transaction(async (em) => {
      await em.query(`INSERT INTO "${db.schema}".business_rows (id) VALUES ($1)`, [randomUUID()]);
      await writer.append(em, events);
    });

  it.each([
    ['a blank committee code', '   ', 'payload.committeeCode must not be blank'],
    ['a committee code with a control character', 'MSG\u0007INT', 'payload.committeeCode must be one line without control characters'],
    ['a committee code of 51 characters', 'X'.repeat(51), 'payload.committeeCode must be 1–50 characters long'],
  ])('refuses an event with %s: append throws naming the field, and the transaction writes nothing', async (_, committeeCode, problem) => {
    const district = uniqueDistrict();
    const [a, b] = caseIds(2);
    const valid = disputeRegistered(district, a, 1);
    const invalid = disputeRegistered(district, b, 1);
    invalid.payload.committeeCode = committeeCode;

    const failure = await command([valid, invalid]).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(EventContractViolationError);
    expect((failure as EventContractViolationError).problems).toEqual([problem]);
    expect(await businessRows()).toBe(0);
    expect(await db.outboxCounts()).toEqual({ total: 0, unsent: 0 });
  });

  it('refuses an event whose envelope breaks the contract (an unknown field)', async () => {
    const event = { ...disputeRegistered(uniqueDistrict(), caseIds(1)[0], 1), applicantName: '张三' };
    await expect(command([event])).rejects.toThrow('event.applicantName is not a known field');
    expect(await businessRows()).toBe(0);
    expect(await db.outboxCounts()).toEqual({ total: 0, unsent: 0 });
  });

  it('stores an event whose text is at its maximum in astral-plane characters (counted as code points)', async () => {
    const event = disputeRegistered(uniqueDistrict(), caseIds(1)[0], 1);
    event.payload.committeeCode = '\u{20000}'.repeat(50);
    await command([event]);
    expect(await businessRows()).toBe(1);
    const [row] = await db.dataSource.query(`SELECT value FROM "${db.schema}".outbox`);
    expect(JSON.parse(row.value).payload.committeeCode).toBe('\u{20000}'.repeat(50));
  });
});
