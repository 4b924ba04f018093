import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { RunningApp } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { randomInstant, startLegalAid } from './support/legal-aid-app';
import { TEST_DATABASE_URL, uniqueDistrict } from './support/test-env';

jest.setTimeout(120_000);

describe('legal aid: the applicant’s personal data', () => {
  const district = uniqueDistrict();
  const name = '诸葛亮明';
  const idNumber = '11010519491231002X';
  let service: RunningApp;
  let db: Client;
  let officer: HttpClient;

  beforeAll(async () => {
    db = new Client({ connectionString: TEST_DATABASE_URL });
    [service] = await Promise.all([startLegalAid(district), db.connect()]);
    officer = new HttpClient(service.url, authHeaders('legal-aid-officer'));
  });

  afterAll(async () => {
    await Promise.all([service?.close(), db?.end()]);
  });

  async function apply(key = `pd-${randomUUID()}`) {
    const body = {
      applicantGroups: ['elderly'], caseType: 'civil', matter: 'family', channel: 'walk-in', appliedAt: randomInstant(2023),
      applicantName: name, applicantIdNumber: idNumber,
    };
    const res = await officer.post('/v1/cases', body, { 'Idempotency-Key': key });
    expect({ status: res.status, name: res.body.applicantName }).toEqual({ status: 201, name: '诸***' });
    return { id: res.body.id as string, key };
  }

  it('keeps the name and ID number encrypted in the cases table and out of the idempotency table', async () => {
    const { id, key } = await apply();
    const { rows } = await db.query('SELECT * FROM legal_aid.cases WHERE id = $1', [id]);
    const stored = await db.query('SELECT * FROM legal_aid.idempotency_keys WHERE key = $1', [key]);
    expect([rows.length, stored.rows.length]).toEqual([1, 1]);
    for (const text of [JSON.stringify(rows[0]), JSON.stringify(stored.rows[0])])
      for (const secret of [name, '亮明', idNumber, '19491231']) expect(text).not.toContain(secret);
    expect(rows[0].applicant_id_number_encrypted).toMatch(/^pd1:[0-9a-f]{8}:/);
  });

  it('gives the full values to the legal aid desk and to admin, records each read, and refuses every other role', async () => {
    const { id } = await apply();
    const full = { id, applicantName: name, applicantIdNumber: idNumber };
    const byOfficer = await officer.get(`/v1/cases/${id}/personal-data`);
    expect({ status: byOfficer.status, body: byOfficer.body }).toEqual({ status: 200, body: full });
    expect(byOfficer.headers.get('cache-control')).toBe('no-store');
    const byAdmin = await service.http.get(`/v1/cases/${id}/personal-data`);
    expect({ status: byAdmin.status, body: byAdmin.body }).toEqual({ status: 200, body: full });
    for (const role of ['review-officer', 'report-reader'] as const) {
      const res = await new HttpClient(service.url, authHeaders(role)).get(`/v1/cases/${id}/personal-data`);
      expect([role, res.status, JSON.stringify(res.body).includes(idNumber)]).toEqual([role, 403, false]);
    }
    const { rows } = await db.query('SELECT actor_id, actor_role FROM legal_aid.personal_data_reads WHERE case_id = $1 ORDER BY id', [id]);
    expect(rows).toEqual([
      { actor_id: 'test-legal-aid-officer', actor_role: 'legal-aid-officer' },
      { actor_id: 'test-admin', actor_role: 'admin' },
    ]);
  });

  it('documents the personal-data endpoint in OpenAPI', async () => {
    const docs = await service.http.get('/docs-json');
    const op = docs.body.paths['/v1/cases/{id}/personal-data']?.get;
    expect(op).toBeDefined();
    expect(op.summary).toMatch(/legal-aid-officer, admin/);
    expect(Object.keys(op.responses)).toContain('200');
  });
});
