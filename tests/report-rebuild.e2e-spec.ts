import { createPrivateTopics } from './support/private-topics';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { AppModule as ReportingModule } from '../apps/reporting/src/app.module';
import { FIGURE_CATALOG } from '../apps/reporting/src/drill-through/figure-catalog';
import { RunningApp, startApp, testServiceConfig } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { CaseServices, loadYear, startCaseServices } from './support/report-year';
import { settled } from './support/settle';
import { eventually, TEST_DATABASE_URL, uniqueDistrict } from './support/test-env';

jest.setTimeout(300_000);

const SCALE = 0.03;

/**
 * The projections rebuilt from offset 0 into fresh tables and swapped in give the same report,
 * figure for figure, breakdown for breakdown and case for case, and the service answers every
 * request meanwhile. The suite's reporting service has a schema of its own (the rebuild renames it)
 * and the topics of its own (the rebuild replays them), both dropped or kept as noted.
 */
describe('rebuilding the reporting projections from offset 0', () => {
  const district = uniqueDistrict();
  const runId = `r${randomUUID().slice(0, 8)}`;
  const schema = `rt_${randomBytes(4).toString('hex')}`;
  const groupId = `test-rebuild-${runId}`;
  let services: CaseServices;
  let reporting: RunningApp;
  let db: Client;

  const startReporting = () => startApp(ReportingModule.register({ service: testServiceConfig(district), reporting: { groupId, schema } }), 'reporting');

  beforeAll(async () => {
    await createPrivateTopics();
    db = new Client({ connectionString: TEST_DATABASE_URL, application_name: 'report-rebuild-e2e' });
    await db.connect();
    [services, reporting] = await Promise.all([startCaseServices(district), startReporting()]);
    await loadYear(services, reporting, district, SCALE, runId);
    // Six services started, every area's year sent through them, then settled()'s own 240 s (loadYear):
    // the hook's budget covers that sum, not the 300 s of a test.
  }, 480_000);

  afterAll(async () => {
    await Promise.all([services?.close(), reporting?.close()]);
    // The schemas this suite's reporting service made: its own, the rebuild's, the retired one, the meta one.
    const { rows } = await db.query(`SELECT nspname FROM pg_namespace WHERE nspname = $1 OR nspname LIKE $2`, [schema, `${schema}\\_%`]);
    for (const { nspname } of rows) await db.query(`DROP SCHEMA "${nspname}" CASCADE`);
    await db?.end();
  });

  /** Everything the report shows of the district's 2019: sections, every breakdown, every drill-through list. */
  async function everything(http: HttpClient) {
    const annual = (await http.get(`/v1/reports/annual/2019?district=${district}`)).body;
    const out: Record<string, unknown> = { sections: Object.fromEntries(Object.entries(annual).filter(([k]) => !['asOf', 'consumerLag'].includes(k))) };
    for (const [area, figures] of Object.entries(FIGURE_CATALOG)) {
      for (const by of Object.keys(figures.dimensions)) out[`${area}?by=${by}`] = (await http.get(`/v1/reports/annual/2019/${area}?by=${by}&district=${district}`)).body.rows;
      for (const figure of Object.keys(figures.figures)) {
        const res = await http.get(`/v1/reports/annual/2019/${area}/cases?figure=${figure}&limit=1000&district=${district}`);
        out[`${area}/cases?figure=${figure}`] = { total: res.body.total, items: res.body.items };
      }
    }
    return out;
  }

  const rebuild = () => reporting.http.get('/v1/admin/rebuild').then((r) => r.body.rebuild);
  let before: Record<string, unknown>;
  let asOfBefore: string;

  it('replays into fresh tables and swaps them in while every report request answers 200, and the report is the same', async () => {
    before = await everything(reporting.http);
    asOfBefore = (await reporting.http.get(`/v1/reports/annual/2019?district=${district}`)).body.asOf;
    expect(asOfBefore).not.toBeNull();

    const statuses = new Map<number, number>();
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const res = await reporting.http.get(`/v1/reports/annual/2019?district=${district}`).catch(() => ({ status: 0 }));
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const list = await reporting.http.get(`/v1/reports/annual/2019/mediation/cases?figure=succeeded&limit=5&district=${district}`).catch(() => ({ status: 0 }));
        statuses.set(list.status, (statuses.get(list.status) ?? 0) + 1);
      }
    })();

    const started = await reporting.http.post('/v1/admin/rebuild', undefined, { 'Idempotency-Key': `rebuild-${runId}` });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'preparing', previousGroupId: groupId, retiredSchema: null });
    const again = await reporting.http.post('/v1/admin/rebuild', undefined, { 'Idempotency-Key': `rebuild-${runId}` });
    expect([again.status, again.body.id]).toEqual([200, started.body.id]);
    const other = await reporting.http.post('/v1/admin/rebuild');
    expect(other.status).toBe(409);
    expect(other.body.message).toMatch(/^a rebuild is already running \(status [a-z-]+\)$/);

    const done = await eventually(rebuild, (r) => r.status === 'done' || r.status === 'failed', 240_000, 'the rebuild to finish');
    polling = false;
    await poller;
    expect(done).toMatchObject({ status: 'done', error: null, groupId: started.body.groupId, retiredSchema: expect.stringMatching(new RegExp(`^${schema}_retired_\\d{14}$`)) });
    expect(Object.values(done.lag)).toEqual(Object.values(done.lag).map(() => 0));
    expect([...statuses.keys()]).toEqual([200]);
    expect(statuses.get(200)).toBeGreaterThan(10);

    expect(await everything(reporting.http)).toEqual(before);
    const after = (await reporting.http.get(`/v1/reports/annual/2019?district=${district}`)).body;
    expect(after.asOf).toBe(asOfBefore);
    expect(Object.values(after.consumerLag)).toEqual(Object.values(after.consumerLag).map(() => 0));
  });

  it('keeps the replaced tables under the retired name and records the new group as the live one', async () => {
    const job = await rebuild();
    const { rows } = await db.query(`SELECT nspname FROM pg_namespace WHERE nspname IN ($1, $2, $3, $4) ORDER BY nspname`, [schema, `${schema}_meta`, `${schema}_next`, job.retiredSchema]);
    expect(rows.map((r) => r.nspname).sort()).toEqual([schema, `${schema}_meta`, job.retiredSchema].sort());
    const { rows: settings } = await db.query(`SELECT value FROM "${schema}_meta".settings WHERE key = $1`, [`live_group:${groupId}`]);
    expect(settings).toEqual([{ value: job.groupId }]);
  });

  it('goes on applying new events as the rebuilt group', async () => {
    const registered = (before.sections as { mediation: { registered: number } }).mediation.registered;
    const committee = (await services.mediation.http.get('/v1/committees?kind=court')).body.items[0].code;
    const res = await services.mediation.http.post('/v1/disputes', { committeeCode: committee, category: 'other', source: 'walk-in', receivedAt: '2019-12-30T09:00:00+08:00', partyCount: 2 });
    expect(res.status).toBe(201);
    await settled(reporting, [services.mediation]);
    expect((await reporting.http.get(`/v1/reports/annual/2019?district=${district}`)).body.mediation.registered).toBe(registered + 1);
  });

  it('follows the rebuilt group after a restart, so asOf and the lag read its positions', async () => {
    const job = await rebuild();
    await reporting.close();
    reporting = await startReporting();
    await settled(reporting, [services.mediation, services.legalAid, services.adminReview, services.fileReview]);
    const r = (await reporting.http.get(`/v1/reports/annual/2019?district=${district}`)).body;
    expect(r.asOf).not.toBeNull();
    expect(Object.values(r.consumerLag)).toEqual(Object.values(r.consumerLag).map(() => 0));
    const { rows } = await db.query(`SELECT DISTINCT group_id FROM "${schema}".consumer_offsets`);
    expect(rows.map((x) => x.group_id)).toEqual([job.groupId]);
  });

  it('lets only an admin rebuild', async () => {
    const reader = new HttpClient(reporting.url, authHeaders('report-reader'));
    expect((await reader.post('/v1/admin/rebuild')).status).toBe(403);
    expect((await reader.get('/v1/admin/rebuild')).status).toBe(403);
  });
});
