import { createPrivateTopics } from './support/private-topics';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { RunningApp, startMediation, startReporting } from './support/apps';
import { startLegalAid } from './support/legal-aid-app';
import { settled } from './support/settle';
import { TEST_DATABASE_URL, uniqueCode, uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

/**
 * Corrections in the mediation and legal aid services reach the report as events that move a case
 * between figures (or change its benefit) in the year of the original fact, never counting it twice,
 * and the drill-through lists follow.
 */
describe('corrections → Kafka → reporting', () => {
  const district = uniqueDistrict();
  let mediation: RunningApp;
  let legalAid: RunningApp;
  let reporting: RunningApp;
  let db: Client;
  let committee: string;

  beforeAll(async () => {
    await createPrivateTopics();
    [mediation, legalAid, reporting] = await Promise.all([startMediation(district), startLegalAid(district), startReporting(district, `test-corr-${randomUUID()}`)]);
    db = new Client({ connectionString: TEST_DATABASE_URL, application_name: 'report-corrections-e2e' });
    await db.connect();
    committee = uniqueCode('POL');
    expect((await mediation.http.post('/v1/committees', { code: committee, name: '派出所人民调解室', kind: 'police-station' })).status).toBe(201);
  });

  afterAll(async () => {
    await db?.end();
    await Promise.all([mediation?.close(), legalAid?.close(), reporting?.close()]);
  });

  const report = async (year: number) => (await reporting.http.get(`/v1/reports/annual/${year}?district=${district}`)).body;
  /** The report once reporting has applied every event both case services have written. */
  const settledReport = async (year: number) => {
    await settled(reporting, [mediation, legalAid]);
    return report(year);
  };
  const listed = async (year: number, area: string, figure: string, filter = '') =>
    (await reporting.http.get(`/v1/reports/annual/${year}/${area}/cases?district=${district}&figure=${figure}&limit=1000${filter}`)).body as {
      total: number;
      items: { caseId: string; eventIds: string[] }[];
    };
  const eventIdsOf = async (caseId: string, schema: 'mediation' | 'legal_aid') =>
    (await db.query(`SELECT event_id::text AS event, event_type AS type FROM "${schema}".outbox WHERE partition_key = $1 ORDER BY id`, [caseId])).rows as { event: string; type: string }[];

  async function concluded(result: 'success' | 'failure', concludedAt: string) {
    const created = await mediation.http.post('/v1/disputes', { committeeCode: committee, category: 'labour', source: 'police-referral', receivedAt: '2019-05-01T09:00:00+08:00', partyCount: 2 });
    expect(created.status).toBe(201);
    const res = await mediation.http.post(`/v1/disputes/${created.body.id}/conclusion`, { result, concludedAt, ...(result === 'success' ? { agreement: 'written' } : {}) });
    expect(res.status).toBe(200);
    return created.body.id as string;
  }

  describe('a mediation result', () => {
    let a: string;

    beforeAll(async () => {
      a = await concluded('success', '2019-06-03T10:00:00+08:00');
      await concluded('success', '2019-06-04T10:00:00+08:00');
      await concluded('success', '2019-07-04T10:00:00+08:00');
      await concluded('failure', '2019-07-05T10:00:00+08:00');
      expect((await settledReport(2019)).mediation.mediated).toBe(4);
    });

    it('moves the case from succeeded to failed of its conclusion year and month, changing the success rate and counting it once', async () => {
      const res = await mediation.http.post(`/v1/disputes/${a}/correction`, { result: 'failure', reason: '调解协议未实际履行，登记有误' }, { 'Idempotency-Key': `corr-${a}` });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: a, status: 'failed', result: 'failure', agreement: null, concludedAt: '2019-06-03T10:00:00+08:00' });
      const r = await settledReport(2019);
      expect(r.mediation).toMatchObject({ registered: 4, mediated: 4, succeeded: 2, failed: 2 });
      expect(r.mediation.successRate).toEqual({ value: 0.5, display: '50.0%', numerator: 2, denominator: 4 });
      const june = (await reporting.http.get(`/v1/reports/annual/2019/mediation?by=month&district=${district}`)).body.rows[5];
      expect(june).toMatchObject({ month: 6, mediated: 2, succeeded: 1, failed: 1 });
    });

    it('moves the case between the drill-through lists, naming its conclusion and its correction', async () => {
      const events = await eventIdsOf(a, 'mediation');
      expect(events.map((e) => e.type)).toEqual(['mediation.dispute.registered', 'mediation.dispute.concluded', 'mediation.dispute.corrected']);
      const failed = await listed(2019, 'mediation', 'failed');
      expect(failed.total).toBe(2);
      expect(failed.items.find((i) => i.caseId === a)?.eventIds).toEqual([events[1].event, events[2].event]);
      expect((await listed(2019, 'mediation', 'succeeded')).items.map((i) => i.caseId)).not.toContain(a);
      expect((await listed(2019, 'mediation', 'mediated', '&month=6')).total).toBe(2);
    });

    it('changes nothing when the same correction is sent again with the same Idempotency-Key', async () => {
      const again = await mediation.http.post(`/v1/disputes/${a}/correction`, { result: 'failure', reason: '调解协议未实际履行，登记有误' }, { 'Idempotency-Key': `corr-${a}` });
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect((await eventIdsOf(a, 'mediation')).length).toBe(3);
      const { rows } = await db.query(`SELECT count(*)::int AS n, max(reason) AS reason FROM mediation.dispute_corrections WHERE dispute_id = $1`, [a]);
      expect(rows[0]).toEqual({ n: 1, reason: '调解协议未实际履行，登记有误' });
      expect((await settledReport(2019)).mediation).toMatchObject({ mediated: 4, succeeded: 2, failed: 2 });
    });

    it('keeps the free-text reason out of the published event', async () => {
      const { rows } = await db.query(`SELECT value FROM mediation.outbox WHERE partition_key = $1 AND event_type = 'mediation.dispute.corrected'`, [a]);
      expect(JSON.parse(rows[0].value).payload).toEqual(expect.objectContaining({ oldResult: 'success', newResult: 'failure', concludedAt: '2019-06-03T10:00:00+08:00' }));
      expect(rows[0].value).not.toContain('登记有误');
    });

    it('answers 409 naming the status for a correction to the result the dispute already has, and for a dispute not concluded', async () => {
      const same = await mediation.http.post(`/v1/disputes/${a}/correction`, { result: 'failure', reason: 'again' });
      expect(same.status).toBe(409);
      expect(same.body.message).toContain('status is failed');
      const open = await mediation.http.post('/v1/disputes', { committeeCode: committee, category: 'labour', source: 'walk-in', receivedAt: '2019-12-01T09:00:00+08:00', partyCount: 2 });
      const res = await mediation.http.post(`/v1/disputes/${open.body.id}/correction`, { result: 'success', reason: 'x' });
      expect(res.status).toBe(409);
      expect(res.body.message).toBe('cannot correct a dispute whose status is registered');
    });

    it('refuses a body without a reason, with an unknown result or an unknown field, naming each field', async () => {
      const res = await mediation.http.post(`/v1/disputes/${a}/correction`, { result: 'draw', note: 'x' });
      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['note', 'reason', 'result']);
    });

    it('moves a conclusion counted in 2020 within 2020, and back again', async () => {
      const b = await concluded('failure', '2019-12-31T17:00:00Z');
      expect((await settledReport(2020)).mediation.failed).toBe(1);
      expect((await mediation.http.post(`/v1/disputes/${b}/correction`, { result: 'success', reason: '复核后确认达成协议' })).status).toBe(200);
      const r = await settledReport(2020);
      expect(r.mediation).toMatchObject({ mediated: 1, succeeded: 1, failed: 0 });
      expect((await report(2019)).mediation).toMatchObject({ mediated: 4, succeeded: 2, failed: 2 });
      expect((await mediation.http.post(`/v1/disputes/${b}/correction`, { result: 'failure', reason: '再次复核' })).status).toBe(200);
      expect((await settledReport(2020)).mediation).toMatchObject({ failed: 1, succeeded: 0 });
      const failed = await listed(2020, 'mediation', 'failed');
      expect(failed.items.map((i) => [i.caseId, i.eventIds.length])).toEqual([[b, 3]]);
      expect((await listed(2020, 'mediation', 'succeeded')).total).toBe(0);
    });
  });

  describe('a legal aid benefit', () => {
    let id: string;

    beforeAll(async () => {
      const created = await legalAid.http.post('/v1/cases', { applicantGroups: ['migrant-worker', 'woman'], caseType: 'civil', matter: 'wage-arrears', channel: 'walk-in', appliedAt: '2019-03-01T09:00:00+08:00' });
      expect(created.status).toBe(201);
      id = created.body.id;
      for (const [step, body] of [
        ['acceptance', { acceptedAt: '2019-03-02T09:00:00+08:00' }],
        ['assignment', { assignedAt: '2019-03-03T09:00:00+08:00', lawFirm: '重庆渝援律师事务所' }],
        ['closure', { closedAt: '2019-11-30T10:00:00+08:00', result: 'won', benefitFen: 1_000_000 }],
      ] as const)
        expect((await legalAid.http.post(`/v1/cases/${id}/${step}`, body)).status).toBe(200);
      expect((await settledReport(2019)).legalAid.closed).toBe(1);
    });

    it('changes the benefit of the closure year by new − old, keeping the case closed once', async () => {
      const res = await legalAid.http.post(`/v1/cases/${id}/correction`, { benefitFen: 750_050, reason: '执行回款金额核对更正' }, { 'Idempotency-Key': `corr-${id}` });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id, status: 'closed', benefitFen: 750_050 });
      const r = await settledReport(2019);
      expect(r.legalAid).toMatchObject({ closed: 1, benefitFen: 750_050, benefitYuan: '7500.50' });
      const groups = (await reporting.http.get(`/v1/reports/annual/2019/legal-aid?by=applicantGroup&district=${district}`)).body.rows;
      expect(groups.filter((g: { closed: number }) => g.closed > 0).map((g: { applicantGroup: string; benefitFen: number }) => [g.applicantGroup, g.benefitFen])).toEqual([
        ['migrant-worker', 750_050],
        ['woman', 750_050],
      ]);
    });

    it('keeps the case in the closed list, naming its closure and its correction', async () => {
      const events = await eventIdsOf(id, 'legal_aid');
      expect(events.map((e) => e.type).slice(-2)).toEqual(['legalaid.case.closed', 'legalaid.case.corrected']);
      const closed = await listed(2019, 'legal-aid', 'closed', '&applicantGroup=woman');
      expect(closed.items).toEqual([{ caseId: id, eventIds: events.slice(-2).map((e) => e.event) }]);
    });

    it('changes nothing on a retry with the same Idempotency-Key, and answers 409 for the same benefit or an open case', async () => {
      const again = await legalAid.http.post(`/v1/cases/${id}/correction`, { benefitFen: 750_050, reason: '执行回款金额核对更正' }, { 'Idempotency-Key': `corr-${id}` });
      expect([again.status, again.headers.get('idempotent-replayed')]).toEqual([200, 'true']);
      expect((await eventIdsOf(id, 'legal_aid')).length).toBe(5);
      const same = await legalAid.http.post(`/v1/cases/${id}/correction`, { benefitFen: 750_050, reason: 'x' });
      expect(same.status).toBe(409);
      expect(same.body.message).toContain('status is closed');
      const open = await legalAid.http.post('/v1/cases', { applicantGroups: ['elderly'], caseType: 'civil', matter: 'family', channel: 'walk-in', appliedAt: '2019-03-01T09:00:00+08:00' });
      const res = await legalAid.http.post(`/v1/cases/${open.body.id}/correction`, { benefitFen: 1, reason: 'x' });
      expect([res.status, res.body.message]).toEqual([409, 'cannot correct a case whose status is applied']);
      expect((await settledReport(2019)).legalAid).toMatchObject({ closed: 1, benefitFen: 750_050 });
    });

    it('refuses a negative or fractional benefit and a missing reason, naming each field', async () => {
      const res = await legalAid.http.post(`/v1/cases/${id}/correction`, { benefitFen: -1 });
      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['benefitFen', 'reason']);
      expect((await legalAid.http.post(`/v1/cases/${id}/correction`, { benefitFen: 1.5, reason: 'x' })).status).toBe(400);
    });
  });
});
