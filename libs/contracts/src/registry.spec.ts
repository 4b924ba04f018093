import { DisputeConcludedV1 } from './mediation';
import { EVENT_DEFINITIONS, findDefinition, parseEvent } from './registry';
import { Topics } from './topics';

const validConcluded = {
  eventId: '3f2b8c1d-4e5a-4b6c-9d7e-8f9a0b1c2d3e',
  type: 'mediation.dispute.concluded',
  version: 1,
  occurredAt: '2019-06-10T16:00:00+08:00',
  district: '500106',
  caseId: '7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5b',
  sequence: 2,
  actorId: null,
  payload: {
    committeeCode: 'POL-01',
    committeeKind: 'police-station',
    committeeField: null,
    category: 'neighbourhood',
    source: 'police-referral',
    receivedAt: '2019-06-03T10:15:00+08:00',
    concludedAt: '2019-06-10T16:00:00+08:00',
    result: 'success',
    agreement: 'written',
    agreementAmountFen: 150_000,
  },
};

const withPayload = (changes: Record<string, unknown>) => JSON.stringify({ ...validConcluded, payload: { ...validConcluded.payload, ...changes } });

function reasonOf(raw: Buffer | string | null): string {
  const result = parseEvent(raw);
  if (result.ok) throw new Error('expected parseEvent to reject the message');
  return result.reason;
}

describe('parseEvent', () => {
  it('accepts a valid event, from a Buffer as from a string, and returns it as sent', () => {
    for (const raw of [JSON.stringify(validConcluded), Buffer.from(JSON.stringify(validConcluded), 'utf8')]) {
      const result = parseEvent(raw);
      expect(result).toEqual({ ok: true, event: validConcluded });
    }
  });

  it('names the kind of each problem with a fixed word', () => {
    const problemOf = (raw: string | null) => {
      const r = parseEvent(raw);
      return r.ok ? 'ok' : r.problem;
    };
    expect([
      problemOf(null),
      problemOf('not json'),
      problemOf(JSON.stringify({ ...validConcluded, caseId: 'case-1' })),
      problemOf(JSON.stringify({ ...validConcluded, type: 'mediation.dispute.reopened' })),
      problemOf(withPayload({ result: 'maybe' })),
    ]).toEqual(['no-value', 'not-json', 'invalid-envelope', 'unknown-type', 'invalid-payload']);
  });

  it('rejects a message with no value', () => {
    expect(reasonOf(null)).toBe('message has no value');
  });

  it.each(['{"eventId":', 'not json', '', '\u0000'])('rejects %p as not JSON, without throwing', (raw) => {
    expect(reasonOf(raw)).toMatch(/^value is not JSON/);
  });

  it('rejects an unknown type, naming it and its version', () => {
    expect(reasonOf(JSON.stringify({ ...validConcluded, type: 'mediation.dispute.reopened' }))).toBe('unknown event type mediation.dispute.reopened v1');
  });

  it('rejects a known type in a version no contract has', () => {
    expect(reasonOf(JSON.stringify({ ...validConcluded, version: 2 }))).toBe('unknown event type mediation.dispute.concluded v2');
  });

  it('rejects a bad payload, naming the type and the field', () => {
    expect(reasonOf(withPayload({ result: 'maybe' }))).toBe('mediation.dispute.concluded v1: payload.result must be one of success, failure');
  });

  it('rejects money as a fraction or a negative number', () => {
    expect(reasonOf(withPayload({ agreementAmountFen: 1.5 }))).toContain('payload.agreementAmountFen must be an integer');
    expect(reasonOf(withPayload({ agreementAmountFen: -1 }))).toContain('payload.agreementAmountFen must be ≥ 0');
  });

  it('rejects free text smuggled into a payload (no personal data in events)', () => {
    expect(reasonOf(withPayload({ summary: '张三与李四因噪音发生纠纷' }))).toContain('payload.summary is not a known field');
  });

  it('rejects a business time without an offset', () => {
    expect(reasonOf(withPayload({ concludedAt: '2019-06-10T16:00:00' }))).toContain('payload.concludedAt must be an ISO 8601 timestamp with an offset');
  });

  it('rejects a bad envelope before looking at the payload', () => {
    const reason = reasonOf(JSON.stringify({ ...validConcluded, sequence: 0, caseId: 'case-1', payload: 'whatever' }));
    expect(reason).toContain('event.caseId must be a UUID');
    expect(reason).toContain('event.sequence must be ≥ 1');
    expect(reason).not.toContain('payload.');
  });

  it('rejects an envelope field it does not know', () => {
    expect(reasonOf(JSON.stringify({ ...validConcluded, applicantName: '张三' }))).toContain('event.applicantName is not a known field');
  });

  it.each(['[]', '42', '"text"', 'null'])('rejects JSON that is not an object (%s)', (raw) => {
    expect(reasonOf(raw)).toMatch(/^event must be an object/);
  });
});

describe('the event registry', () => {
  it('holds each type and version once', () => {
    const keys = EVENT_DEFINITIONS.map((d) => `${d.type}@${d.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has one definition per event type today (every contract is at version 1)', () => {
    const types = EVENT_DEFINITIONS.map((d) => d.type);
    expect(types.filter((t, i) => types.indexOf(t) !== i)).toEqual([]);
  });

  it('finds each definition by its type and version', () => {
    for (const d of EVENT_DEFINITIONS) expect(findDefinition(d.type, d.version)).toBe(d);
    expect(findDefinition(DisputeConcludedV1.type, 1)).toBe(DisputeConcludedV1);
    expect(findDefinition('mediation.dispute.concluded', 99)).toBeUndefined();
  });

  it('puts each event on the topic of its area, never on the dead-letter topic', () => {
    const topicOfArea: Record<string, string> = {
      mediation: Topics.mediation,
      legalaid: Topics.legalAid,
      adminreview: Topics.adminReview,
      filereview: Topics.fileReview,
      legalaffairs: Topics.legalAffairs,
      publiclegal: Topics.publicLegalServices,
      legaleducation: Topics.legalEducation,
    };
    for (const d of EVENT_DEFINITIONS) expect(`${d.type} → ${d.topic}`).toBe(`${d.type} → ${topicOfArea[d.type.split('.')[0]]}`);
  });
});
