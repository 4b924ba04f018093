import { Topics } from '@casetrack/contracts';
import { caseIds, disputeRegistered } from '../../test-support/test-events';
import { EventContractViolationError } from './event-contract-violation.error';
import { outboxColumns, outboxInsertCte } from './outbox-insert';

describe('outboxInsertCte: the outbox INSERT as SQL text for a larger statement', () => {
  const [a, b] = caseIds(2);
  const events = [disputeRegistered('910000', a, 1), disputeRegistered('910000', b, 1)];

  it('numbers its six parameters from firstParamIndex and passes the columns in event order, and the trace', () => {
    const trace = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const { sql, params } = outboxInsertCte('mediation', events, 7, trace);
    expect(sql).toMatch(
      /^INSERT INTO "mediation"\.outbox \(event_id, topic, partition_key, event_type, value, traceparent\) SELECT e\.\*, \$12::text FROM unnest\(\$7::uuid\[\], \$8::text\[\], \$9::text\[\], \$10::text\[\], \$11::text\[\]\) AS e WHERE /,
    );
    expect(sql).not.toMatch(/\$(6|13)\b/);
    expect(params).toEqual([
      events.map((e) => e.eventId),
      [Topics.mediation, Topics.mediation],
      [a, b],
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e)),
      trace,
    ]);
  });

  it('carries the wake-up decision: a shared try of the idle lock, else a NOTIFY on the schema channel', () => {
    const { sql } = outboxInsertCte('legal_aid', events);
    expect(sql).toContain("pg_try_advisory_xact_lock_shared(hashtext('casetrack.outbox.idle'), hashtext('legal_aid'))");
    expect(sql).toContain("pg_notify('legal_aid_outbox', '')");
  });

  it('inserts nothing and wakes nobody for no events', () => {
    const { sql, params } = outboxInsertCte('mediation', [], 3);
    expect(sql).toMatch(/WHERE false$/);
    expect(sql).not.toContain('pg_notify');
    expect(params).toEqual([[], [], [], [], [], null]);
  });

  it('refuses a parameter index below 1', () => {
    expect(() => outboxInsertCte('mediation', events, 0)).toThrow('firstParamIndex must be a positive integer');
  });

  it('validates like OutboxWriter.append: a contract violation names the field', () => {
    const bad = disputeRegistered('910000', a, 2);
    bad.payload.committeeCode = '   ';
    let failure: unknown;
    try {
      outboxInsertCte('mediation', [events[0], bad]);
    } catch (err) {
      failure = err;
    }
    expect(failure).toBeInstanceOf(EventContractViolationError);
    expect((failure as EventContractViolationError).problems).toEqual(['payload.committeeCode must not be blank']);
  });

  it('validates an event in the form its consumers read: a Date as its JSON string', () => {
    // A Date is not a string, but its JSON is an ISO 8601 timestamp with an offset (Z): what the relay sends passes.
    const withDate = disputeRegistered('910000', a, 1) as unknown as { payload: Record<string, unknown> };
    withDate.payload.receivedAt = new Date('2019-03-01T00:00:00Z');
    const [value] = outboxColumns([withDate as unknown as (typeof events)[number]]).values;
    expect(JSON.parse(value).payload.receivedAt).toBe('2019-03-01T00:00:00.000Z');
    // A member that is undefined is absent from the JSON, and named as missing.
    const plain = disputeRegistered('910000', a, 1);
    const withUndefined = { ...plain, payload: { ...plain.payload, committeeCode: undefined } } as unknown as (typeof events)[number];
    expect(() => outboxColumns([withUndefined])).toThrow(EventContractViolationError);
  });

  it('refuses an event type without a contract', () => {
    const unknown = { ...events[0], type: 'mediation.dispute.teleported' } as unknown as (typeof events)[number];
    expect(() => outboxColumns([unknown])).toThrow('no contract for mediation.dispute.teleported v1');
  });
});
