import { randomUUID } from 'node:crypto';
import { RunningApp, startMediation } from '../../../tests/support/apps';
import { uniqueCode, uniqueDistrict } from '../../../tests/support/test-env';
import { disputeBody, fieldsOf, MediationTestDb } from './mediation-test-db';

/**
 * Every bad request is refused with a 4xx that says what is wrong, and writes nothing: the row
 * count of this suite's own committee is checked around each request.
 */
describe('mediation service: bad requests', () => {
  let mediation: RunningApp;
  let db: MediationTestDb;
  let committee: string;
  let disputeId: string;

  beforeAll(async () => {
    [mediation, db] = await Promise.all([startMediation(uniqueDistrict()), MediationTestDb.connect()]);
    committee = uniqueCode('VAL');
    expect((await mediation.http.post('/v1/committees', { code: committee, name: '社区人民调解委员会', kind: 'community' })).status).toBe(201);
    const res = await mediation.http.post('/v1/disputes', disputeBody(committee));
    expect(res.status).toBe(201);
    disputeId = res.body.id;
  });

  afterAll(async () => {
    await Promise.all([mediation?.close(), db?.close()]);
  });

  /** Sends a request and checks that no dispute row was added for the committee. */
  async function writesNothing<T>(send: () => Promise<T>): Promise<T> {
    const before = await db.disputeCount(committee);
    const result = await send();
    expect(await db.disputeCount(committee)).toBe(before);
    return result;
  }

  const without = (key: string) => {
    const body = disputeBody(committee);
    delete body[key];
    return body;
  };

  describe('POST /v1/disputes answers 400 naming the field', () => {
    it.each<[string, string, () => Record<string, unknown>]>([
      ['a number as committeeCode', 'committeeCode', () => disputeBody(committee, { committeeCode: 42 })],
      ['a number as category', 'category', () => disputeBody(committee, { category: 5 })],
      ['an object as receivedAt', 'receivedAt', () => disputeBody(committee, { receivedAt: { at: 'now' } })],
      ['a number as summary', 'summary', () => disputeBody(committee, { summary: 42 })],
      ['an array as source', 'source', () => disputeBody(committee, { source: ['walk-in'] })],
      ['a missing committeeCode', 'committeeCode', () => without('committeeCode')],
      ['a missing category', 'category', () => without('category')],
      ['a missing source', 'source', () => without('source')],
      ['a missing receivedAt', 'receivedAt', () => without('receivedAt')],
      ['a missing partyCount', 'partyCount', () => without('partyCount')],
      ['a null partyCount', 'partyCount', () => disputeBody(committee, { partyCount: null })],
      ['a field the API does not have', 'applicantName', () => disputeBody(committee, { applicantName: '张三' })],
      ['partyCount 1', 'partyCount', () => disputeBody(committee, { partyCount: 1 })],
      ['partyCount 2.5', 'partyCount', () => disputeBody(committee, { partyCount: 2.5 })],
      ['partyCount "2"', 'partyCount', () => disputeBody(committee, { partyCount: '2' })],
      ['a negative amount', 'amountInvolvedFen', () => disputeBody(committee, { amountInvolvedFen: -100 })],
      ['a fractional amount of fen', 'amountInvolvedFen', () => disputeBody(committee, { amountInvolvedFen: 1050.5 })],
      ['an amount beyond 2^53', 'amountInvolvedFen', () => disputeBody(committee, { amountInvolvedFen: 2 ** 53 + 2 })],
      ['an amount as a string', 'amountInvolvedFen', () => disputeBody(committee, { amountInvolvedFen: '1000' })],
      ['receivedAt without an offset', 'receivedAt', () => disputeBody(committee, { receivedAt: '2019-06-03T10:15:00' })],
      ['receivedAt on 30 February', 'receivedAt', () => disputeBody(committee, { receivedAt: '2019-02-30T10:00:00+08:00' })],
      ['receivedAt at 25 o’clock', 'receivedAt', () => disputeBody(committee, { receivedAt: '2019-06-03T25:00:00+08:00' })],
      ['an unknown category', 'category', () => disputeBody(committee, { category: 'gossip' })],
      ['an unknown source', 'source', () => disputeBody(committee, { source: 'rumour' })],
      ['an empty summary', 'summary', () => disputeBody(committee, { summary: '' })],
      ['a NUL character in the summary', 'summary', () => disputeBody(committee, { summary: '调解\u0000记录' })],
      ['a NUL character in the committee code', 'committeeCode', () => disputeBody(`${committee}\u0000`)],
      ['receivedAt in year 0001', 'receivedAt', () => disputeBody(committee, { receivedAt: '0001-01-01T00:00:00Z' })],
      ['receivedAt in year 1948', 'receivedAt', () => disputeBody(committee, { receivedAt: '1948-12-31T23:59:59+08:00' })],
      ['receivedAt that is year 10000 in Chongqing', 'receivedAt', () => disputeBody(committee, { receivedAt: '9999-12-31T23:59:59-14:00' })],
    ])('for %s (%s)', async (_, field, body) => {
      const res = await writesNothing(() => mediation.http.post('/v1/disputes', body()));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(res.body)).toContain(field);
      expect(res.body.message).toContain(field);
    });

    it('names every bad field of one request at once', async () => {
      const res = await writesNothing(() =>
        mediation.http.post('/v1/disputes', disputeBody(committee, { category: 'gossip', partyCount: 1, receivedAt: 'yesterday', extra: 1 })),
      );
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(['category', 'partyCount', 'receivedAt', 'extra']));
    });

    it('refuses a value nested thousands of levels deep, naming where it goes too deep', async () => {
      // 10 kB of brackets: small, but deep enough to overflow a recursive transformer.
      const body = JSON.stringify(disputeBody(committee, { summary: '@' })).replace('"@"', `${'['.repeat(5000)}"x"${']'.repeat(5000)}`);
      const res = await writesNothing(() => mediation.http.post('/v1/disputes', body));
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual([expect.stringMatching(/^summary(\[0\])+$/)]);
    });

    it('refuses a NUL character in a query parameter', async () => {
      const res = await mediation.http.get(`/v1/disputes?committeeCode=${committee}%00`);
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['committeeCode']);
    });

    it('names the committee code when no committee has it', async () => {
      const unknown = uniqueCode('NOPE');
      const res = await writesNothing(() => mediation.http.post('/v1/disputes', disputeBody(unknown)));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'DISPUTE.UNKNOWN_COMMITTEE', details: { field: 'committeeCode' } });
      expect(res.body.message).toContain(unknown);
      expect(await db.disputeCount(unknown)).toBe(0);
    });
  });

  describe('POST /v1/disputes refuses malformed requests', () => {
    it('answers 400 MALFORMED_JSON for broken JSON', async () => {
      const res = await writesNothing(() => mediation.http.post('/v1/disputes', `{"committeeCode":"${committee}",`));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('MALFORMED_JSON');
    });

    it('answers 400 for an empty JSON body', async () => {
      const res = await writesNothing(() => mediation.http.request('POST', '/v1/disputes', '', { 'content-type': 'application/json' }));
      expect(res.status).toBe(400);
    });

    it.each([['an array', '[]'], ['null', 'null'], ['a number', '42'], ['a string', '"dispute"']])('answers 400 for %s', async (_, raw) => {
      const res = await writesNothing(() => mediation.http.post('/v1/disputes', raw));
      expect(res.status).toBe(400);
    });

    it('answers 415 for a text/plain body', async () => {
      const res = await writesNothing(() =>
        mediation.http.request('POST', '/v1/disputes', JSON.stringify(disputeBody(committee)), { 'content-type': 'text/plain' }),
      );
      expect(res.status).toBe(415);
    });

    it('refuses a 1 MB summary without a server error', async () => {
      const res = await writesNothing(() => mediation.http.post('/v1/disputes', disputeBody(committee, { summary: '纠'.repeat(340_000) })));
      expect([400, 413]).toContain(res.status);
      if (res.status === 400) expect(fieldsOf(res.body)).toContain('summary');
    });

    it('answers 413 for a body above the 1 MiB limit', async () => {
      const res = await writesNothing(() => mediation.http.post('/v1/disputes', disputeBody(committee, { summary: 'x'.repeat(2 * 1024 * 1024) })));
      expect(res.status).toBe(413);
    });

    it('answers 400 for an Idempotency-Key that is not visible ASCII', async () => {
      const res = await writesNothing(() => mediation.http.post('/v1/disputes', disputeBody(committee), { 'Idempotency-Key': 'k'.repeat(201) }));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY.INVALID');
    });
  });

  describe('ids in the path', () => {
    it.each(['/v1/disputes/42', '/v1/disputes/not-a-uuid', '/v1/disputes/7a1f3c2e-5b4d-4e6f-8a9b-0c1d2e3f4a5bx'])('GET %s answers 400 naming id', async (path) => {
      const res = await mediation.http.get(path);
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['id']);
    });

    it('POST a conclusion to a non-UUID id answers 400 naming id', async () => {
      const res = await mediation.http.post('/v1/disputes/abc/conclusion', { result: 'success', concludedAt: '2019-06-10T10:00:00+08:00' });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['id']);
    });

    it('GET an unknown UUID answers 404 naming it', async () => {
      const id = randomUUID();
      const res = await mediation.http.get(`/v1/disputes/${id}`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'DISPUTE.NOT_FOUND', details: { id } });
    });

    it('POST a conclusion or a withdrawal to an unknown UUID answers 404', async () => {
      const id = randomUUID();
      expect((await mediation.http.post(`/v1/disputes/${id}/conclusion`, { result: 'failure', concludedAt: '2019-06-10T10:00:00+08:00' })).status).toBe(404);
      expect((await mediation.http.post(`/v1/disputes/${id}/withdrawal`, { withdrawnAt: '2019-06-10T10:00:00+08:00' })).status).toBe(404);
    });
  });

  describe('conclusion and withdrawal bodies', () => {
    it.each<[string, string, Record<string, unknown>]>([
      ['an unknown result', 'result', { result: 'draw', concludedAt: '2019-06-10T10:00:00+08:00' }],
      ['a missing concludedAt', 'concludedAt', { result: 'success' }],
      ['concludedAt without an offset', 'concludedAt', { result: 'success', concludedAt: '2019-06-10 10:00' }],
      ['an unknown agreement form', 'agreement', { result: 'success', concludedAt: '2019-06-10T10:00:00+08:00', agreement: 'handshake' }],
      ['a negative agreed amount', 'agreementAmountFen', { result: 'success', concludedAt: '2019-06-10T10:00:00+08:00', agreementAmountFen: -1 }],
      ['a fractional agreed amount', 'agreementAmountFen', { result: 'success', concludedAt: '2019-06-10T10:00:00+08:00', agreementAmountFen: 0.5 }],
      ['an unknown field', 'summary', { result: 'success', concludedAt: '2019-06-10T10:00:00+08:00', summary: 'x' }],
    ])('a conclusion with %s answers 400 naming %s and leaves the dispute registered', async (_, field, body) => {
      const res = await mediation.http.post(`/v1/disputes/${disputeId}/conclusion`, body);
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toContain(field);
      expect((await mediation.http.get(`/v1/disputes/${disputeId}`)).body.status).toBe('registered');
    });

    it('an agreement on a failed mediation answers 400 naming agreement', async () => {
      const res = await mediation.http.post(`/v1/disputes/${disputeId}/conclusion`, { result: 'failure', concludedAt: '2019-06-10T10:00:00+08:00', agreement: 'oral' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'DISPUTE.AGREEMENT_WITHOUT_SUCCESS', details: { field: 'agreement' } });
    });

    it('a withdrawal without withdrawnAt answers 400 naming it', async () => {
      const res = await mediation.http.post(`/v1/disputes/${disputeId}/withdrawal`, { reason: '和解' });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['withdrawnAt']);
    });

    it('none of the refused changes reached the outbox', async () => {
      const rows = await db.outboxOf([disputeId]);
      expect(rows.map((r) => r.eventType)).toEqual(['mediation.dispute.registered']);
    });
  });
});
