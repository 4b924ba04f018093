import { randomUUID } from 'node:crypto';
import { RunningApp, startMediation, startReporting } from './support/apps';
import { settled } from './support/settle';
import { uniqueCode, uniqueDistrict } from './support/test-env';

describe('mediation → Kafka → reporting', () => {
  const district = uniqueDistrict();
  let mediation: RunningApp;
  let reporting: RunningApp;
  let committee: string;

  beforeAll(async () => {
    [mediation, reporting] = await Promise.all([startMediation(district), startReporting(district, `test-${randomUUID()}`)]);
    committee = uniqueCode('POLICE');
    const res = await mediation.http.post('/v1/committees', { code: committee, name: '派出所人民调解室', kind: 'police-station' });
    expect(res.status).toBe(201);
  });

  afterAll(async () => {
    await Promise.all([mediation?.close(), reporting?.close()]);
  });

  async function dispute(receivedAt: string) {
    const res = await mediation.http.post('/v1/disputes', { committeeCode: committee, category: 'neighbourhood', source: 'walk-in', receivedAt, partyCount: 2 });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  const report = async (year: number) => (await reporting.http.get(`/v1/reports/annual/${year}?district=${district}`)).body;

  it('counts a conclusion at 2019-12-31T17:00Z in 2020 and one a second earlier in 2019', async () => {
    const a = await dispute('2019-12-20T09:00:00+08:00');
    const b = await dispute('2019-12-20T09:00:00+08:00');
    expect((await mediation.http.post(`/v1/disputes/${a}/conclusion`, { result: 'success', concludedAt: '2019-12-31T17:00:00Z' })).status).toBe(200);
    expect((await mediation.http.post(`/v1/disputes/${b}/conclusion`, { result: 'failure', concludedAt: '2019-12-31T15:59:59Z' })).status).toBe(200);

    await settled(reporting, [mediation]);
    const r2019 = await report(2019);
    expect(r2019.mediation).toMatchObject({ registered: 2, mediated: 1, succeeded: 0, failed: 1 });
    const r2020 = await report(2020);
    expect(r2020.mediation).toMatchObject({ registered: 0, mediated: 1, succeeded: 1, failed: 0 });
    expect(r2020.mediation.successRate).toEqual({ value: 1, display: '100.0%', numerator: 1, denominator: 1 });
  });

  it('gives a null success rate for a year with no conclusions', async () => {
    const r = await report(1999);
    expect(r.mediation.mediated).toBe(0);
    expect(r.mediation.successRate).toBeNull();
  });
});
