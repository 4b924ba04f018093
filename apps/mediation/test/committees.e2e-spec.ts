import { parseEvent } from '@casetrack/contracts';
import { RunningApp, startMediation } from '../../../tests/support/apps';
import { uniqueCode, uniqueDistrict } from '../../../tests/support/test-env';
import { fieldsOf, MediationTestDb } from './mediation-test-db';

describe('mediation service: committees, health and docs', () => {
  let mediation: RunningApp;
  let db: MediationTestDb;

  beforeAll(async () => {
    [mediation, db] = await Promise.all([startMediation(uniqueDistrict()), MediationTestDb.connect()]);
  });

  afterAll(async () => {
    await Promise.all([mediation?.close(), db?.close()]);
  });

  describe('POST /v1/committees', () => {
    it('registers a professional committee with its field and answers 201 with the committee', async () => {
      const code = uniqueCode('MED');
      const res = await mediation.http.post('/v1/committees', { code, name: '医疗纠纷人民调解委员会', kind: 'professional', field: 'medical', establishedAt: '2018-01-01T00:00:00+08:00' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ code, kind: 'professional', field: 'medical', establishedAt: '2018-01-01T00:00:00+08:00' });
      expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('publishes the registration through the outbox with no name in it', async () => {
      const code = uniqueCode('POL');
      const res = await mediation.http.post('/v1/committees', { code, name: '驻小龙坎派出所人民调解室', kind: 'police-station' });
      const [row, ...more] = await db.outboxOf([res.body.id]);
      expect(more).toEqual([]);
      expect(row.eventType).toBe('mediation.committee.registered');
      expect(parseEvent(row.value).ok).toBe(true);
      expect(row.event.payload).toEqual({ code, kind: 'police-station', field: null, establishedAt: expect.stringMatching(/\+08:00$/) });
      expect(row.value).not.toContain('小龙坎');
    });

    it('answers 409 for a code that is taken, and keeps the first committee', async () => {
      const code = uniqueCode('DUP');
      expect((await mediation.http.post('/v1/committees', { code, name: '第一', kind: 'community' })).status).toBe(201);
      const res = await mediation.http.post('/v1/committees', { code, name: '第二', kind: 'township' });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'COMMITTEE.CODE_TAKEN' });
      expect(res.body.message).toContain(code);
      expect(await db.committeeCount(code)).toBe(1);
    });

    it('answers 400 naming field for a professional committee without a field, and writes nothing', async () => {
      const code = uniqueCode('PRO');
      const res = await mediation.http.post('/v1/committees', { code, name: '无领域', kind: 'professional' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'COMMITTEE.FIELD_REQUIRED', details: { field: 'field' } });
      expect(await db.committeeCount(code)).toBe(0);
    });

    it('answers 400 naming field for a police-station room with a field, and writes nothing', async () => {
      const code = uniqueCode('POL');
      const res = await mediation.http.post('/v1/committees', { code, name: '派出所', kind: 'police-station', field: 'traffic' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'COMMITTEE.FIELD_NOT_ALLOWED', details: { field: 'field' } });
      expect(res.body.message).toContain('police-station');
      expect(await db.committeeCount(code)).toBe(0);
    });

    it.each([
      ['an unknown kind', 'kind', { kind: 'temple' }],
      ['an unknown field', 'field', { kind: 'professional', field: 'astrology' }],
      ['a code with spaces', 'code', { code: 'A B' }],
      ['a missing name', 'name', { name: undefined }],
      ['an unknown property', 'chairman', { chairman: '张三' }],
      ['a NUL character in the name', 'name', { name: '调委会\u0000' }],
      ['establishedAt without an offset', 'establishedAt', { establishedAt: '2018-01-01T00:00:00' }],
    ])('answers 400 for %s, naming %s', async (_, field, change) => {
      const res = await mediation.http.post('/v1/committees', { code: uniqueCode('BAD'), name: '调委会', kind: 'community', ...change });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toContain(field);
    });
  });

  describe('GET /v1/committees', () => {
    it('lists only the committees of the kind asked for', async () => {
      const tribunal = uniqueCode('TRI');
      const court = uniqueCode('CRT');
      await mediation.http.post('/v1/committees', { code: tribunal, name: '驻法庭人民调解室', kind: 'tribunal' });
      await mediation.http.post('/v1/committees', { code: court, name: '区法院人民调解室', kind: 'court' });
      const res = await mediation.http.get('/v1/committees?kind=tribunal');
      expect(res.status).toBe(200);
      const codes = res.body.items.map((c: { code: string }) => c.code);
      expect(codes).toContain(tribunal);
      expect(codes).not.toContain(court);
      expect(new Set(res.body.items.map((c: { kind: string }) => c.kind))).toEqual(new Set(['tribunal']));
    });

    it('refuses an unknown kind with 400', async () => {
      const res = await mediation.http.get('/v1/committees?kind=temple');
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toContain('kind');
    });
  });

  describe('service endpoints', () => {
    it('GET /health answers 200 with the database and Kafka up', async () => {
      const res = await mediation.http.get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', checks: { database: { status: 'up' }, kafka: { status: 'up' } } });
    });

    it('GET /docs serves the OpenAPI UI', async () => {
      const res = await fetch(`${mediation.url}/docs`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('swagger');
    });

    it('GET /docs-json lists the dispute and committee routes', async () => {
      const res = await mediation.http.get('/docs-json');
      expect(res.status).toBe(200);
      expect(Object.keys(res.body.paths)).toEqual(
        expect.arrayContaining(['/v1/disputes', '/v1/disputes/{id}', '/v1/disputes/{id}/conclusion', '/v1/disputes/{id}/withdrawal', '/v1/committees', '/health']),
      );
      expect(res.body.paths['/v1/disputes'].post.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header' })]));
    });
  });
});
