import { CaseEvent, Topics } from '@casetrack/contracts';
import { envelopeFor } from '../events/event-context';
import { commandStatement, CommandStatementInput } from './command-statement';

const ctx = { eventId: '6f1c8a52-4a8e-4c8e-9d55-1a2b3c4d5e6f', occurredAt: new Date('2019-06-01T02:00:00Z'), district: '500106', timeZone: 'Asia/Shanghai', actorId: 'u-1' };
const event = (caseId: string, code: string): CaseEvent =>
  ({
    ...envelopeFor('mediation.committee.registered', caseId, 1, ctx),
    payload: { code, kind: 'community', field: null, establishedAt: '2019-01-01T00:00:00+08:00' },
  }) as unknown as CaseEvent;

const claim = (key: string, response: unknown) => ({
  table: 'cmdspec.idempotency_keys', scope: 'POST /v1/counters', actorId: 'u-1', key, requestHash: `hash-${key}`, ttlHours: 24, status: 201, response,
});

/** Commands of every shape: create and change, with and without a key, with a row beside the case. */
function inputs(n: number): CommandStatementInput[] {
  const id = `00000000-0000-4000-8000-00000000000${n}`;
  const outbox = { schema: 'cmdspec', events: [event(id, `C-${n}`)], traceparent: n % 2 === 0 ? null : `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01` };
  return [
    { write: { kind: 'insert', row: { table: 'cmdspec.counters', values: { id, sequence: 1, total: n } } }, also: [], outbox, claim: claim(`k${n}`, { id, n }) },
    { write: { kind: 'insert', row: { table: 'cmdspec.counters', values: { id, sequence: 1, total: n } } }, also: [], outbox },
    {
      write: { kind: 'update', table: 'cmdspec.counters', id, expectedSequence: n, values: { sequence: n + 1, total: n * 2 } },
      also: [{ table: 'cmdspec.notes', values: { id, note: `note ${n}` }, replace: true }],
      outbox,
      claim: claim(`c${n}`, { n }),
    },
    { write: { kind: 'update', table: 'cmdspec.counters', id, expectedSequence: n, values: { sequence: n + 1, total: n * 2 } }, also: [], outbox: { ...outbox, events: [] } },
  ];
}

describe('commandStatement: one text per shape of command', () => {
  it('answers the same text object for every command of a shape, and the parameters of each command in the order its text numbers them', () => {
    const [first, second] = [inputs(1), inputs(2)].map((list) => list.map(commandStatement));
    for (let i = 0; i < first.length; i++) {
      // The same string (not only an equal one): its prepared statement's name is found without hashing it again.
      expect(second[i].sql).toBe(first[i].sql);
      const placeholders = new Set([...second[i].sql.matchAll(/\$(\d+)::/g)].map((m) => Number(m[1])));
      expect([i, Math.max(...placeholders)]).toEqual([i, second[i].params.length]);
    }
    const [create, , change, noEvents] = second;
    expect(create.params.slice(0, 8)).toEqual(['POST /v1/counters', 'u-1', 'k2', 24, 'hash-k2', 201, JSON.stringify({ id: '00000000-0000-4000-8000-000000000002', n: 2 }), JSON.stringify({ id: '00000000-0000-4000-8000-000000000002', sequence: 1, total: 2 })]);
    expect(change.params.slice(7, 11)).toEqual([JSON.stringify({ sequence: 3, total: 4 }), '00000000-0000-4000-8000-000000000002', 2, JSON.stringify({ id: '00000000-0000-4000-8000-000000000002', note: 'note 2' })]);
    expect(change.params.slice(11, 13)).toEqual([[ctx.eventId], [Topics.mediation]]);
    expect(change.params[16]).toBeNull();
    expect(noEvents.sql).not.toBe(second[1].sql);
    expect(noEvents.sql).toContain('WHERE false');
  });

  it('gives another text to another set of columns, and validates every command’s events, cached shape or not', () => {
    const [base] = inputs(3);
    const other = commandStatement({ ...base, write: { kind: 'insert', row: { table: 'cmdspec.counters', values: { id: 'x', sequence: 1, total: 3, note: null } } } });
    expect(other.sql).not.toBe(commandStatement(base).sql);
    expect(other.sql).toContain('(id, sequence, total, note)');
    const bad = { ...event('00000000-0000-4000-8000-000000000003', 'C-3'), payload: { code: 'C-3' } } as unknown as CaseEvent;
    expect(() => commandStatement({ ...base, outbox: { ...base.outbox, events: [bad] } })).toThrow(/payload/);
  });

  it('refuses a table or column that is not a plain identifier', () => {
    const [base] = inputs(4);
    expect(() => commandStatement({ ...base, write: { kind: 'insert', row: { table: 'cmdspec.counters', values: { 'id; DROP TABLE x': 1 } } } })).toThrow('not a plain SQL identifier');
  });
});
