import { parseEvent, Topics } from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';
import { RunningApp, startMediation } from '../../../tests/support/apps';
import { uniqueCode, uniqueDistrict } from '../../../tests/support/test-env';
import { disputeBody, MediationTestDb } from './mediation-test-db';

describe('mediation service: a dispute from registration to outcome', () => {
  const district = uniqueDistrict();
  let mediation: RunningApp;
  let db: MediationTestDb;
  let committee: string;

  beforeAll(async () => {
    [mediation, db] = await Promise.all([startMediation(district), MediationTestDb.connect()]);
    committee = uniqueCode('LIFE');
    const res = await mediation.http.post('/v1/committees', { code: committee, name: '医疗纠纷人民调解委员会', kind: 'professional', field: 'medical' });
    expect(res.status).toBe(201);
  });

  afterAll(async () => {
    await Promise.all([mediation?.close(), db?.close()]);
  });

  async function register(overrides: Record<string, unknown> = {}, code = committee): Promise<string> {
    const res = await mediation.http.post('/v1/disputes', disputeBody(code, { category: 'medical', ...overrides }));
    expect(res.status).toBe(201);
    return res.body.id;
  }

  describe('the state machine over HTTP', () => {
    it('registers a dispute with its committee kind and field, status registered', async () => {
      const res = await mediation.http.post('/v1/disputes', disputeBody(committee, { receivedAt: '2019-06-03T02:15:00Z', amountInvolvedFen: 1_500_000 }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        committeeCode: committee, committeeKind: 'professional', committeeField: 'medical', status: 'registered',
        receivedAt: '2019-06-03T10:15:00+08:00', amountInvolvedFen: 1_500_000, result: null,
      });
      expect((await mediation.http.get(`/v1/disputes/${res.body.id}`)).body).toEqual(res.body);
    });

    it('concludes a registered dispute with success and its agreement (200, status succeeded)', async () => {
      const id = await register();
      const res = await mediation.http.post(`/v1/disputes/${id}/conclusion`, { result: 'success', concludedAt: '2019-06-10T16:00:00+08:00', agreement: 'written', agreementAmountFen: 800_000 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id, status: 'succeeded', result: 'success', agreement: 'written', agreementAmountFen: 800_000, concludedAt: '2019-06-10T16:00:00+08:00' });
    });

    it('answers 409 naming the status to a second conclusion, and keeps the first outcome', async () => {
      const id = await register();
      expect((await mediation.http.post(`/v1/disputes/${id}/conclusion`, { result: 'failure', concludedAt: '2019-06-10T16:00:00+08:00' })).status).toBe(200);
      const res = await mediation.http.post(`/v1/disputes/${id}/conclusion`, { result: 'success', concludedAt: '2019-06-11T16:00:00+08:00' });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'DISPUTE.INVALID_TRANSITION', details: { status: 'failed' } });
      expect(res.body.message).toContain('failed');
      expect((await mediation.http.get(`/v1/disputes/${id}`)).body).toMatchObject({ status: 'failed', result: 'failure' });
    });

    it('answers 409 naming the status to withdrawing a concluded dispute', async () => {
      const id = await register();
      await mediation.http.post(`/v1/disputes/${id}/conclusion`, { result: 'success', concludedAt: '2019-06-10T16:00:00+08:00' });
      const res = await mediation.http.post(`/v1/disputes/${id}/withdrawal`, { withdrawnAt: '2019-06-12T09:00:00+08:00' });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'DISPUTE.INVALID_TRANSITION', details: { status: 'succeeded' } });
    });

    it('answers 409 to concluding a withdrawn dispute', async () => {
      const id = await register();
      expect((await mediation.http.post(`/v1/disputes/${id}/withdrawal`, { withdrawnAt: '2019-06-04T09:00:00+08:00', reason: '当事人撤回' })).status).toBe(200);
      const res = await mediation.http.post(`/v1/disputes/${id}/conclusion`, { result: 'success', concludedAt: '2019-06-10T16:00:00+08:00' });
      expect(res.status).toBe(409);
      expect(res.body.details).toEqual({ status: 'withdrawn' });
    });

    it('answers 400 naming concludedAt to a conclusion earlier than receivedAt, and leaves the dispute registered', async () => {
      const id = await register({ receivedAt: '2019-06-03T10:15:00+08:00' });
      // 10:14:59 in Chongqing is a second before receipt, even though it is written in UTC.
      const res = await mediation.http.post(`/v1/disputes/${id}/conclusion`, { result: 'success', concludedAt: '2019-06-03T02:14:59Z' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'DISPUTE.CONCLUDED_BEFORE_RECEIVED', details: { field: 'concludedAt' } });
      expect((await mediation.http.get(`/v1/disputes/${id}`)).body.status).toBe('registered');
    });

    it('serialises two concurrent conclusions of one dispute: one 200, one 409', async () => {
      const id = await register();
      const answers = await Promise.all(
        (['success', 'failure'] as const).map((result) => mediation.http.post(`/v1/disputes/${id}/conclusion`, { result, concludedAt: '2019-06-10T16:00:00+08:00' })),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect((await db.outboxOf([id])).map((r) => r.event.sequence)).toEqual([1, 2]);
    });
  });

  describe('Idempotency-Key', () => {
    it('answers a retried registration with the first response, marked as replayed, and creates nothing', async () => {
      const key = `e2e-${randomUUID()}`;
      const body = disputeBody(committee, { category: 'medical', summary: '医疗费用纠纷' });
      const first = await mediation.http.post('/v1/disputes', body, { 'Idempotency-Key': key });
      expect(first.status).toBe(201);
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      const count = await db.disputeCount(committee);

      const retry = await mediation.http.post('/v1/disputes', body, { 'Idempotency-Key': key });
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body).toEqual(first.body);
      expect(await db.disputeCount(committee)).toBe(count);
      expect(await db.outboxOf([first.body.id])).toHaveLength(1);
    });

    it('treats the same body with its keys in another order as the same request', async () => {
      const key = `e2e-${randomUUID()}`;
      const body = disputeBody(committee, { category: 'medical' });
      const first = await mediation.http.post('/v1/disputes', body, { 'Idempotency-Key': key });
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const retry = await mediation.http.post('/v1/disputes', reordered, { 'Idempotency-Key': key });
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(first.body.id);
    });

    it('answers 422 to the same key with a different body, and creates nothing', async () => {
      const key = `e2e-${randomUUID()}`;
      const first = await mediation.http.post('/v1/disputes', disputeBody(committee, { partyCount: 2 }), { 'Idempotency-Key': key });
      expect(first.status).toBe(201);
      const count = await db.disputeCount(committee);
      const other = await mediation.http.post('/v1/disputes', disputeBody(committee, { partyCount: 3 }), { 'Idempotency-Key': key });
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY.REUSED');
      expect(await db.disputeCount(committee)).toBe(count);
    });

    it('creates one dispute when the same request is retried five times at once', async () => {
      const key = `e2e-${randomUUID()}`;
      const count = await db.disputeCount(committee);
      const answers = await Promise.all(Array.from({ length: 5 }, () => mediation.http.post('/v1/disputes', disputeBody(committee), { 'Idempotency-Key': key })));
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
      expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(4);
      expect(await db.disputeCount(committee)).toBe(count + 1);
    });

    it('replays a retried conclusion instead of answering 409, and publishes one conclusion', async () => {
      const id = await register();
      const key = `e2e-${randomUUID()}`;
      const body = { result: 'success', concludedAt: '2019-06-10T16:00:00+08:00', agreement: 'oral' };
      const first = await mediation.http.post(`/v1/disputes/${id}/conclusion`, body, { 'Idempotency-Key': key });
      const retry = await mediation.http.post(`/v1/disputes/${id}/conclusion`, body, { 'Idempotency-Key': key });
      expect([first.status, retry.status]).toEqual([200, 200]);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(retry.body).toEqual(first.body);
      expect((await db.outboxOf([id])).map((r) => r.eventType)).toEqual(['mediation.dispute.registered', 'mediation.dispute.concluded']);
    });

    it('does not keep a key whose request failed, so a corrected retry can use it', async () => {
      const key = `e2e-${randomUUID()}`;
      const missing = uniqueCode('LATE');
      expect((await mediation.http.post('/v1/disputes', disputeBody(missing), { 'Idempotency-Key': key })).status).toBe(400);
      expect((await mediation.http.post('/v1/committees', { code: missing, name: '后设调委会', kind: 'community' })).status).toBe(201);
      const retry = await mediation.http.post('/v1/disputes', disputeBody(missing), { 'Idempotency-Key': key });
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBeNull();
    });
  });

  describe('GET /v1/disputes', () => {
    const LIST = uniqueCode('LIST');
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      expect((await mediation.http.post('/v1/committees', { code: LIST, name: '驻派出所人民调解室', kind: 'police-station' })).status).toBe(201);
      // Two share a receipt time, so paging has to order by id as well.
      const times = {
        jan: '2019-01-15T09:00:00+08:00', mar: '2019-03-01T00:00:00+08:00', mar2: '2019-03-01T00:00:00+08:00',
        may: '2019-05-20T14:30:00+08:00', dec: '2019-12-31T23:59:59+08:00', y2020: '2020-01-01T00:00:00+08:00', jun: '2019-06-01T08:00:00+08:00',
      };
      // Two are labour disputes, for the category filter; the rest neighbourhood ones.
      const labour = new Set(['mar2', 'dec']);
      for (const [name, receivedAt] of Object.entries(times)) ids[name] = await register({ receivedAt, category: labour.has(name) ? 'labour' : 'neighbourhood' }, LIST);
      await mediation.http.post(`/v1/disputes/${ids.may}/conclusion`, { result: 'success', concludedAt: '2019-05-21T10:00:00+08:00' });
      await mediation.http.post(`/v1/disputes/${ids.jun}/withdrawal`, { withdrawnAt: '2019-06-02T10:00:00+08:00' });
    });

    const list = async (query: string) => {
      const res = await mediation.http.get(`/v1/disputes?committeeCode=${LIST}&${query}`);
      expect(res.status).toBe(200);
      return res.body as { items: { id: string; status: string; receivedAt: string; committeeCode: string }[]; nextCursor: string | null };
    };

    it('lists only the disputes of the committee asked for, oldest receipt first', async () => {
      const page = await list('limit=50');
      expect(page.items.every((d) => d.committeeCode === LIST)).toBe(true);
      expect(page.items).toHaveLength(7);
      const times = page.items.map((d) => Date.parse(d.receivedAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(page.nextCursor).toBeNull();
    });

    it('filters by status', async () => {
      expect((await list('status=succeeded')).items.map((d) => d.id)).toEqual([ids.may]);
      expect((await list('status=withdrawn')).items.map((d) => d.id)).toEqual([ids.jun]);
      expect((await list('status=registered')).items).toHaveLength(5);
    });

    it('filters by category, alone and with status and receipt time', async () => {
      expect((await list('category=labour')).items.map((d) => d.id)).toEqual([ids.mar2, ids.dec]);
      expect((await list('category=neighbourhood')).items).toHaveLength(5);
      expect((await list('category=medical')).items).toEqual([]);
      expect((await list('category=neighbourhood&status=succeeded')).items.map((d) => d.id)).toEqual([ids.may]);
      expect((await list('category=labour&status=succeeded')).items).toEqual([]);
      const inMarch = await list(`category=labour&from=${encodeURIComponent('2019-03-01T00:00:00+08:00')}&to=${encodeURIComponent('2019-04-01T00:00:00+08:00')}`);
      expect(inMarch.items.map((d) => d.id)).toEqual([ids.mar2]);
    });

    it('filters by receipt time, from inclusive and to exclusive, whatever offset the bounds are written in', async () => {
      const march = await list(`from=${encodeURIComponent('2019-03-01T00:00:00+08:00')}&to=${encodeURIComponent('2019-05-20T06:30:00Z')}`);
      expect(march.items.map((d) => d.id).sort()).toEqual([ids.mar, ids.mar2].sort());
      const y2019 = await list(`from=${encodeURIComponent('2019-01-01T00:00:00+08:00')}&to=${encodeURIComponent('2019-12-31T16:00:00Z')}`);
      expect(y2019.items.map((d) => d.id)).not.toContain(ids.y2020);
      expect(y2019.items.map((d) => d.id)).toContain(ids.dec);
    });

    it('walks every dispute exactly once across pages of two', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await list(`limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((d) => d.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor !== null && pages < 10);
      expect(pages).toBe(4);
      expect(seen).toHaveLength(7);
      expect(new Set(seen)).toEqual(new Set(Object.values(ids)));
    });

    const forged = (position: unknown[]) => encodeURIComponent(Buffer.from(JSON.stringify(position)).toString('base64url'));
    it.each([
      ['a cursor that is not base64 JSON', 'cursor=%25%25%25'],
      ['a cursor of random text', 'cursor=bm90LWEtY3Vyc29y'],
      ['a forged cursor whose position is no time', `cursor=${forged(['yesterday', randomUUID()])}`],
      ['a forged cursor whose id is no UUID', `cursor=${forged(['2019-03-01T00:00:00.000Z', 'me'])}`],
      ['a limit of 0', 'limit=0'],
      ['a limit that is not a number', 'limit=ten'],
      ['an unknown status', 'status=lost'],
      ['an unknown category', 'category=piracy'],
      ['a category in Chinese', `category=${encodeURIComponent('邻里纠纷')}`],
      ['from without an offset', 'from=2019-01-01T00:00:00'],
      ['an unknown parameter', 'sort=desc'],
    ])('answers 400 for %s, naming the parameter', async (_, query) => {
      const res = await mediation.http.get(`/v1/disputes?committeeCode=${LIST}&${query}`);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain(query.split('=')[0]);
    });

    it('answers a forged cursor from year 0000 with 400 CURSOR.INVALID, not a server error', async () => {
      const res = await mediation.http.get(`/v1/disputes?committeeCode=${LIST}&limit=50&cursor=${forged(['0000-01-01T00:00:00.000000Z', randomUUID()])}`);
      expect([res.status, res.body.code, res.body.details]).toEqual([400, 'CURSOR.INVALID', { field: 'cursor' }]);
    });
  });

  describe('events in the outbox', () => {
    const SECRET = '张三（身份证500106199001011234，电话13800138000）与邻居因噪音发生纠纷';
    let concluded: string;
    let withdrawn: string;

    beforeAll(async () => {
      concluded = await register({ receivedAt: '2019-06-03T02:15:00Z', summary: SECRET, partyCount: 3, amountInvolvedFen: 250_000, source: 'police-referral' });
      await mediation.http.post(`/v1/disputes/${concluded}/conclusion`, { result: 'success', concludedAt: '2019-12-31T17:00:00Z', agreement: 'written', agreementAmountFen: 200_000 });
      withdrawn = await register({ receivedAt: '2019-07-01T09:00:00+08:00', summary: SECRET });
      await mediation.http.post(`/v1/disputes/${withdrawn}/withdrawal`, { withdrawnAt: '2019-07-02T09:00:00+08:00', reason: `${SECRET}，已私了` });
    });

    it('writes one event per change, keyed by the dispute, with sequence 1 then 2', async () => {
      for (const id of [concluded, withdrawn]) {
        const rows = await db.outboxOf([id]);
        expect(rows.map((r) => r.event.sequence)).toEqual([1, 2]);
        for (const r of rows) expect({ key: r.partitionKey, caseId: r.event.caseId, topic: r.topic, district: r.event.district }).toEqual({ key: id, caseId: id, topic: Topics.mediation, district });
      }
      expect((await db.outboxOf([withdrawn])).map((r) => r.eventType)).toEqual(['mediation.dispute.registered', 'mediation.dispute.withdrawn']);
    });

    it('writes events that pass their own contract', async () => {
      for (const r of await db.outboxOf([concluded, withdrawn])) expect(parseEvent(r.value)).toMatchObject({ ok: true });
    });

    it('carries the dimensions the report needs and the business times in the district zone', async () => {
      const [registered, conclusion] = (await db.outboxOf([concluded])).map((r) => r.event);
      const dimensions = { committeeCode: committee, committeeKind: 'professional', committeeField: 'medical', category: 'medical', source: 'police-referral', receivedAt: '2019-06-03T10:15:00+08:00' };
      expect(registered.payload).toEqual({ ...dimensions, partyCount: 3, amountInvolvedFen: 250_000 });
      // Concluded at 01:00 on 1 January in Chongqing: the event says so, and reporting counts it in 2020.
      expect(conclusion.payload).toEqual({ ...dimensions, concludedAt: '2020-01-01T01:00:00+08:00', result: 'success', agreement: 'written', agreementAmountFen: 200_000 });
      expect(conclusion.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+08:00$/);
      const withdrawal = (await db.outboxOf([withdrawn]))[1].event;
      expect(withdrawal.payload).toMatchObject({ committeeKind: 'professional', category: 'medical', source: 'walk-in', withdrawnAt: '2019-07-02T09:00:00+08:00' });
    });

    it('never carries the summary, the withdrawal reason or anything personal', async () => {
      for (const r of await db.outboxOf([concluded, withdrawn])) {
        expect(r.value).not.toMatch(/summary|reason|withdrawalReason/i);
        for (const text of ['张三', '500106199001011234', '13800138000', '噪音', '私了']) expect(r.value).not.toContain(text);
      }
      // The service itself keeps them.
      expect((await mediation.http.get(`/v1/disputes/${withdrawn}`)).body).toMatchObject({ summary: SECRET, withdrawalReason: `${SECRET}，已私了` });
    });
  });
});
