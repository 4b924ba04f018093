import { createPrivateTopics } from './support/private-topics';
import { Topics } from '@casetrack/contracts';
import { createEventProducer, createKafka } from '@casetrack/messaging';
import { randomInt, randomUUID } from 'node:crypto';
import { Producer } from 'kafkajs';
import { Client } from 'pg';
import { FIGURE_CATALOG } from '../apps/reporting/src/drill-through/figure-catalog';
import { REPORTING_CONFIG, ReportingConfig } from '../apps/reporting/src/config';
import { reconcile } from '../scripts/reconcile/reconcile';
import { RunningApp, startReporting } from './support/apps';
import { authHeaders } from './support/auth';
import { HttpClient } from './support/http-client';
import { platformBody, PUBLIC_LEGAL_SERVICES_YEAR, recordPublicLegalServicesYear, serviceBody, startPublicLegalServices } from './support/public-legal-services-app';
import { settled } from './support/settle';
import { TEST_DATABASE_URL, TEST_KAFKA_BROKERS, uniqueDistrict } from './support/test-env';

jest.setTimeout(180_000);

/**
 * The public-legal-services service → its own topic → reporting: the figures of 一(四) its records
 * carry, each counted in the year of its business time (district time zone), drilled through to
 * its records, said in the seed's words around legal aid's sentence, and counted once when the
 * topic delivers an event again.
 */
describe('public legal services → Kafka → reporting', () => {
  const district = uniqueDistrict();
  const groupId = `test-${randomUUID()}`;
  let service: RunningApp;
  let reporting: RunningApp;
  let officer: HttpClient;
  let db: Client;
  let producer: Producer;

  beforeAll(async () => {
    await createPrivateTopics();
    db = new Client({ connectionString: TEST_DATABASE_URL });
    producer = createEventProducer(createKafka({ brokers: TEST_KAFKA_BROKERS, clientId: 'public-legal-services-report-e2e' }));
    [service, reporting] = await Promise.all([startPublicLegalServices(district), startReporting(district, groupId), db.connect(), producer.connect()]);
    officer = new HttpClient(service.url, authHeaders('public-legal-services-officer'));
  });

  afterAll(async () => {
    await producer?.disconnect();
    await Promise.all([service?.close(), reporting?.close(), db?.end()]);
  });

  const ok = async <T extends { status: number; body: any }>(request: Promise<T>, status = 201) => {
    const res = await request;
    expect({ status: res.status, body: res.body }).toEqual({ status, body: expect.anything() });
    return res.body;
  };
  const report = async (year: number, format = '') => (await reporting.http.get(`/v1/reports/annual/${year}?district=${district}${format}`)).body;

  /** The 2019 section these records make. */
  const expected2019 = {
    serviceRecords: 5, personsServed: 16, centreServiceRecords: 4, centrePersonsServed: 15,
    platformsRegistered: 3, centresStandardised: 0, stationsStandardised: 2, roomsStandardised: 1, platformsClosed: 1,
    providersRegistered: 2, providersDeregistered: 1,
    complaintsReceived: 3, complaintsHandled: 3, lawyerComplaintsHandled: 2, appraiserComplaintsHandled: 1, complaintsPenalised: 1, complaintsDisciplined: 1,
    examSittings: 2, examCandidates: 2906, examIncidents: 0, examComplaints: 0,
    centreServiceRecordsToDate: 5, centrePersonsServedToDate: 5015, lawFirmsAtYearEnd: 2, appraisalInstitutionsAtYearEnd: 1, notaryOfficesAtYearEnd: 1,
  };

  beforeAll(async () => {
    // The centre opened in 2018 and served 5000 persons that year; in 2019 four more services (15
    // persons), and one at 00:30 on 1 January 2020 in Shanghai (16:30 UTC on 31 December): 2020's.
    const centre = await ok(officer.post('/v1/platforms', platformBody('2018-03-01T09:00:00+08:00', { level: 'centre', name: '沙坪坝区公共法律服务中心' })));
    await ok(officer.post('/v1/service-records', serviceBody(centre.id, '2018-06-01T09:00:00+08:00', { persons: 5000 })));
    for (const [i, persons] of [6, 4, 3, 2].entries())
      await ok(officer.post('/v1/service-records', serviceBody(centre.id, `2019-0${i + 2}-10T09:00:00+08:00`, { persons, channel: i % 2 ? 'hotline-12348' : 'walk-in' })));
    await ok(officer.post('/v1/service-records', serviceBody(centre.id, '2019-12-31T16:30:00Z', { persons: 7 })));
    // Two stations and a room opened and standardised in 2019, one station closed; a service at a station.
    const stations = [await ok(officer.post('/v1/platforms', platformBody('2019-01-05T09:00:00+08:00'))), await ok(officer.post('/v1/platforms', platformBody('2019-01-06T09:00:00+08:00')))];
    const room = await ok(officer.post('/v1/platforms', platformBody('2019-01-07T09:00:00+08:00', { level: 'room', name: '某社区公共法律服务工作室' })));
    for (const p of [...stations, room]) await ok(officer.post(`/v1/platforms/${p.id}/standardisation`, { standardisedAt: '2019-06-28T09:00:00+08:00' }), 200);
    await ok(officer.post('/v1/service-records', serviceBody(stations[0].id, '2019-07-01T09:00:00+08:00', { persons: 1, channel: 'wechat' })));
    await ok(officer.post(`/v1/platforms/${stations[1].id}/closure`, { closedAt: '2019-11-30T09:00:00+08:00' }), 200);
    // The register: two firms (one registered in 2019), an appraisal institution, the notary office, a
    // firm registered in 2019 and deregistered in 2019, all in the register at the end of 2019 but that one.
    for (const [kind, registeredAt] of [['law-firm', '2010-01-01T09:00:00+08:00'], ['law-firm', '2019-04-01T09:00:00+08:00'], ['forensic-appraisal-institution', '2012-01-01T09:00:00+08:00'], ['notary-office', '2001-01-01T09:00:00+08:00']])
      await ok(officer.post('/v1/providers', { kind, name: '某法律服务机构', registeredAt }));
    const gone = await ok(officer.post('/v1/providers', { kind: 'law-firm', name: '某律师事务所', registeredAt: '2019-02-01T09:00:00+08:00' }));
    await ok(officer.post(`/v1/providers/${gone.id}/deregistration`, { deregisteredAt: '2019-12-01T09:00:00+08:00' }), 200);
    // Complaints: two against lawyers and one against an appraiser concluded in 2019; one received in 2018.
    const complaint = async (against: string, receivedAt: string, outcome: string, concludedAt: string) => {
      const c = await ok(officer.post('/v1/complaints', { against, summary: '投诉执业行为', receivedAt }));
      await ok(officer.post(`/v1/complaints/${c.id}/conclusion`, { outcome, concludedAt }), 200);
    };
    await complaint('lawyer', '2018-12-20T09:00:00+08:00', 'upheld-penalty', '2019-01-10T09:00:00+08:00');
    await complaint('lawyer', '2019-03-01T09:00:00+08:00', 'upheld-discipline', '2019-04-01T09:00:00+08:00');
    await complaint('forensic-appraiser', '2019-05-01T09:00:00+08:00', 'not-upheld', '2019-06-01T09:00:00+08:00');
    await ok(officer.post('/v1/complaints', { against: 'lawyer', summary: '投诉执业行为', receivedAt: '2019-11-01T09:00:00+08:00' }));
    // The exam: two sittings in October, 2906 candidates in all.
    await ok(officer.post('/v1/exam-sittings', { heldAt: '2019-10-19T08:00:00+08:00', candidates: 1453, incidents: 0, complaints: 0 }));
    await ok(officer.post('/v1/exam-sittings', { heldAt: '2019-10-20T08:00:00+08:00', candidates: 1453, incidents: 0, complaints: 0 }));
    await settled(reporting, [service]);
  });

  it('counts every figure in the year of its business time in the district time zone, the centre\'s since it opened', async () => {
    expect((await report(2019)).publicLegalServices).toEqual(expected2019);
    expect((await report(2018)).publicLegalServices).toMatchObject({ centrePersonsServed: 5000, centrePersonsServedToDate: 5000, complaintsReceived: 1, complaintsHandled: 0, lawFirmsAtYearEnd: 1 });
    expect((await report(2020)).publicLegalServices).toMatchObject({ serviceRecords: 1, centrePersonsServed: 7, centrePersonsServedToDate: 5022, lawFirmsAtYearEnd: 2 });
  });

  it('says the figures of 一(四) in the seed\'s words and order, the centre\'s persons rounded as the seed does and exact in the table', async () => {
    const text: string = await report(2019, '&format=markdown');
    expect(text).toContain('运行以来累计为5000余人次提供公共法律服务。2个镇街公共法律服务工作站、1个村(社区)公共法律服务工作室完成公共法律服务实体平台规范化建设。');
    expect(text).toContain(
      '加强对区内2家律所、1家司法鉴定所、国信公证处等法律服务工作者的执业纪律和职业道德教育。加大对违法违规行为的行政处罚和行业惩戒力度，处理对律师投诉案件2件，司法鉴定投诉1件。' +
        '做实做细2019年国家法考考务工作，参考人员共计2906人次，做到零失误、零投诉。',
    );
    // One paragraph: the platforms, then legal aid's sentence (nothing recorded: 0), then the providers.
    const paragraph = text.split('\n').find((l) => l.includes('5000余'))!;
    expect(paragraph.indexOf('规范化建设')).toBeLessThan(paragraph.indexOf('全年受理援助案件'));
    expect(paragraph.indexOf('全年受理援助案件')).toBeLessThan(paragraph.indexOf('2家律所'));
    expect(text).toMatch(/\| 公共法律服务中心运行以来累计服务（人次） centrePersonsServedToDate +\| 5015 +\|/);
  });

  it('opens every counted figure to exactly as many records as it counts, narrowed by level and channel, and the breakdowns add up', async () => {
    for (const figure of Object.keys(FIGURE_CATALOG['public-legal-services'].figures)) {
      const res = await reporting.http.get(`/v1/reports/annual/2019/public-legal-services/cases?district=${district}&figure=${figure}&limit=1000`);
      const n = expected2019[figure as keyof typeof expected2019];
      expect([figure, res.status, res.body.total, res.body.items.length]).toEqual([figure, 200, n, n]);
    }
    const hotline = await reporting.http.get(`/v1/reports/annual/2019/public-legal-services/cases?district=${district}&figure=serviceRecords&channel=hotline-12348`);
    expect(hotline.body.total).toBe(2);
    const rooms = await reporting.http.get(`/v1/reports/annual/2019/public-legal-services/cases?district=${district}&figure=roomsStandardised&level=room`);
    expect(rooms.body.total).toBe(1);
    for (const by of ['month', 'level', 'channel']) {
      const rows = (await reporting.http.get(`/v1/reports/annual/2019/public-legal-services?by=${by}&district=${district}`)).body.rows as Record<string, number>[];
      const sum = (f: string) => rows.reduce((s, r) => s + r[f], 0);
      // Complaints and sittings belong to no platform and no channel.
      expect([by, sum('personsServed'), sum('serviceRecords'), sum('examCandidates')]).toEqual([by, 16, 5, by === 'month' ? 2906 : 0]);
    }
  });

  it('agrees, figure for figure, with the public-legal-services tables recomputed by reconcile', async () => {
    // The tables have no district column, so the reconciliation of a year reads every record of it
    // (and, for the centre's persons to date and the register, every earlier one): a year before
    // every record any test wrote.
    const { rows } = await db.query(
      `SELECT least(
         (SELECT min(registered_at) FROM public_legal_services.platforms), (SELECT min(served_at) FROM public_legal_services.service_records),
         (SELECT min(registered_at) FROM public_legal_services.providers), (SELECT min(received_at) FROM public_legal_services.complaints),
         (SELECT min(held_at) FROM public_legal_services.exam_sittings)) AS first`,
    );
    const firstYear = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(rows[0].first));
    const year = firstYear - randomInt(1, 3);
    await recordPublicLegalServicesYear(officer, year);
    await settled(reporting, [service]);
    expect((await report(year)).publicLegalServices).toEqual(PUBLIC_LEGAL_SERVICES_YEAR);
    const result = await reconcile({ databaseUrl: TEST_DATABASE_URL, reportingUrl: reporting.url, year, district, timeZone: 'Asia/Shanghai', headers: authHeaders('admin') });
    expect(result.differences.filter((d) => d.figure.startsWith('publicLegalServices.'))).toEqual([]);
  });

  it('counts an event once when the topic delivers it again, and dead-letters an event type it does not know', async () => {
    const before = (await report(2019)).publicLegalServices;
    const { rows } = await db.query<{ partition_key: string; value: string }>(
      `SELECT partition_key, value FROM public_legal_services.outbox WHERE (value::jsonb ->> 'district') = $1 ORDER BY id`,
      [district],
    );
    expect(rows.length).toBeGreaterThan(30);
    const unknown = { eventId: randomUUID(), type: 'publiclegal.platform.renamed', version: 1, occurredAt: '2019-06-01T09:00:00+08:00', district, caseId: randomUUID(), sequence: 1, actorId: null, payload: {} };
    await producer.send({
      topic: Topics.publicLegalServices, acks: -1,
      messages: [...rows.map((r) => ({ key: r.partition_key, value: r.value })), { key: unknown.caseId, value: JSON.stringify(unknown) }],
    });
    await settled(reporting, [service]);
    expect((await report(2019)).publicLegalServices).toEqual(before);
    const { schema } = reporting.app.get<ReportingConfig>(REPORTING_CONFIG as never, { strict: false });
    const letters = await db.query(
      `SELECT kind, reason FROM "${schema}".dead_letters WHERE group_id = $1 AND topic = $2 AND position($3 in convert_from(message_value, 'UTF8')) > 0`,
      [groupId, Topics.publicLegalServices, unknown.eventId],
    );
    expect(letters.rows).toEqual([{ kind: 'unknown-type', reason: 'unknown event type publiclegal.platform.renamed v1' }]);
  });
});
