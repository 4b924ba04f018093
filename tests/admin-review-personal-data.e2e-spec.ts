import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startAdminReview } from './support/admin-review-app';
import { RunningApp } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { TEST_DATABASE_URL, uniqueCode, uniqueDistrict } from './support/test-env';

jest.setTimeout(120_000);

describe('administrative review: the applicant’s personal data', () => {
  const district = uniqueDistrict();
  const name = '上官婉儿';
  const idNumber = '500106199003071238';
  const phone = '13800138000';
  const masked = { applicantName: '上***', applicantIdNumber: '5001**********1238', applicantPhone: '138****8000' };
  const plaintext = [name, '婉儿', idNumber, '19900307', phone, '00138'];
  let service: RunningApp;
  let db: Client;
  let officer: HttpClient;

  beforeAll(async () => {
    db = new Client({ connectionString: TEST_DATABASE_URL });
    [service] = await Promise.all([startAdminReview(district), db.connect()]);
    officer = new HttpClient(service.url, authHeaders('review-officer'));
  });

  afterAll(async () => {
    await Promise.all([service?.close(), db?.end()]);
  });

  const application = (agency: string) => ({
    receivedAt: '2023-04-03T09:00:00+08:00', channel: 'in-person', respondentAgency: agency, matter: 'penalty',
    applicantName: name, applicantIdNumber: idNumber, applicantPhone: phone,
  });
  const expectNoPlaintext = (what: string, value: unknown) => {
    const text = JSON.stringify(value);
    for (const secret of plaintext) expect([what, text.includes(secret)]).toEqual([what, false]);
  };

  it('masks the name, ID number and phone in every response, replays included', async () => {
    const agency = `区测试局-${uniqueCode()}`;
    const key = `mask-${randomUUID()}`;
    const created = await officer.post('/v1/reviews', application(agency), { 'Idempotency-Key': key });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject(masked);
    const id = created.body.id as string;
    const responses = {
      created,
      replayed: await officer.post('/v1/reviews', application(agency), { 'Idempotency-Key': key }),
      accepted: await officer.post(`/v1/reviews/${id}/acceptance`, { acceptedAt: '2023-04-04T09:00:00+08:00' }),
      read: await officer.get(`/v1/reviews/${id}`),
      listed: await officer.get(`/v1/reviews?respondentAgency=${encodeURIComponent(agency)}`),
    };
    expect(responses.replayed.headers.get('idempotent-replayed')).toBe('true');
    for (const [what, res] of Object.entries(responses)) {
      expect([what, res.status]).toEqual([what, what === 'created' || what === 'replayed' ? 201 : 200]);
      expectNoPlaintext(what, res.body);
    }
    expect(responses.accepted.body).toMatchObject({ ...masked, status: 'accepted' });
    expect(responses.read.body).toMatchObject(masked);
    expect(responses.listed.body.items).toEqual([expect.objectContaining({ id, ...masked })]);
  });

  it('stores only the masked answer under the Idempotency-Key, and the request body only as a keyed hash', async () => {
    const key = `stored-${randomUUID()}`;
    const created = await officer.post('/v1/reviews', application(`区测试局-${uniqueCode()}`), { 'Idempotency-Key': key });
    expect(created.status).toBe(201);
    const { rows } = await db.query('SELECT actor_id, request_hash, response FROM admin_review.idempotency_keys WHERE key = $1', [key]);
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_id).toBe('test-review-officer');
    expect(rows[0].response).toMatchObject({ id: created.body.id, ...masked });
    expectNoPlaintext('stored response', rows[0]);
    // A plain SHA-256 of the (canonical, key-sorted) body could be brute-forced back to the ID number.
    const body = application(created.body.respondentAgency) as Record<string, string>;
    const canonical = `{${Object.keys(body).sort().map((k) => `${JSON.stringify(k)}:${JSON.stringify(body[k])}`).join(',')}}`;
    expect(rows[0].request_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].request_hash).not.toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('keeps the name, ID number and phone encrypted in the reviews table', async () => {
    const created = await officer.post('/v1/reviews', application(`区测试局-${uniqueCode()}`));
    expect(created.status).toBe(201);
    const { rows } = await db.query('SELECT * FROM admin_review.reviews WHERE id = $1', [created.body.id]);
    expect(rows).toHaveLength(1);
    expectNoPlaintext('the row', rows[0]);
    for (const column of ['applicant_name_encrypted', 'applicant_id_number_encrypted', 'applicant_phone_encrypted'])
      expect([column, rows[0][column]]).toEqual([column, expect.stringMatching(/^pd1:[0-9a-f]{8}:/)]);
    const plainColumns = await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'admin_review' AND table_name = 'reviews' AND column_name IN ('applicant_name', 'applicant_id_number', 'applicant_phone')`,
    );
    expect(plainColumns.rows).toEqual([]);
  });

  it('gives the full values to the review office and to admin, records each read, and refuses every other role', async () => {
    const created = await officer.post('/v1/reviews', application(`区测试局-${uniqueCode()}`));
    const id = created.body.id as string;
    const full = { id, applicantName: name, applicantIdNumber: idNumber, applicantPhone: phone };

    const [{ before }] = (await db.query('SELECT now() AS before')).rows;
    const byOfficer = await officer.get(`/v1/reviews/${id}/personal-data`);
    expect({ status: byOfficer.status, body: byOfficer.body }).toEqual({ status: 200, body: full });
    expect(byOfficer.headers.get('cache-control')).toBe('no-store');
    const byAdmin = await service.http.get(`/v1/reviews/${id}/personal-data`);
    expect({ status: byAdmin.status, body: byAdmin.body }).toEqual({ status: 200, body: full });

    for (const role of ['legal-aid-officer', 'report-reader', 'enforcement-supervisor'] as const) {
      const res = await new HttpClient(service.url, authHeaders(role)).get(`/v1/reviews/${id}/personal-data`);
      expect([role, res.status, res.body.code]).toEqual([role, 403, 'AUTH.FORBIDDEN_ROLE']);
      expectNoPlaintext(role, res.body);
    }

    const { rows } = await db.query('SELECT actor_id, actor_role, read_at FROM admin_review.personal_data_reads WHERE case_id = $1 ORDER BY id', [id]);
    expect(rows.map((r) => [r.actor_id, r.actor_role])).toEqual([
      ['test-review-officer', 'review-officer'],
      ['test-admin', 'admin'],
    ]);
    // When it really happened (the database's time), not the business clock a test may pin.
    const [{ after }] = (await db.query('SELECT now() AS after')).rows;
    for (const r of rows) expect(r.read_at >= before && r.read_at <= after).toBe(true);
  });

  it('answers 404 for an unknown review and records no read', async () => {
    const id = randomUUID();
    const res = await officer.get(`/v1/reviews/${id}/personal-data`);
    expect(res.status).toBe(404);
    const { rows } = await db.query('SELECT 1 FROM admin_review.personal_data_reads WHERE case_id = $1', [id]);
    expect(rows).toEqual([]);
  });

  it('documents the personal-data endpoint in OpenAPI', async () => {
    const op = (await service.http.get('/docs-json')).body.paths['/v1/reviews/{id}/personal-data']?.get;
    expect(op).toBeDefined();
    expect(op.summary).toMatch(/review-officer, admin/);
    expect(Object.keys(op.responses)).toContain('200');
  });

  it('gives two users who send the same Idempotency-Key two separate reviews and records', async () => {
    const key = `shared-${randomUUID()}`;
    const body = application(`区测试局-${uniqueCode()}`);
    const first = await new HttpClient(service.url, authHeaders('review-officer', undefined, { sub: 'officer-a' })).post('/v1/reviews', body, { 'Idempotency-Key': key });
    const second = await new HttpClient(service.url, authHeaders('review-officer', undefined, { sub: 'officer-b' })).post('/v1/reviews', body, { 'Idempotency-Key': key });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(second.body.id).not.toBe(first.body.id);
    const { rows } = await db.query('SELECT actor_id, response->>$2 AS id FROM admin_review.idempotency_keys WHERE key = $1 ORDER BY actor_id', [key, 'id']);
    expect(rows).toEqual([{ actor_id: 'officer-a', id: first.body.id }, { actor_id: 'officer-b', id: second.body.id }]);
  });
});
