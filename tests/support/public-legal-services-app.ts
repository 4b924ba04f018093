import { Clock, ServiceConfig } from '@casetrack/platform';
import { AppModule as PublicLegalServicesModule } from '../../apps/public-legal-services/src/app.module';
import { startApp, testServiceConfig } from './apps';
import { HttpClient } from './http-client';

/** A public-legal-services service in this process for `district`, against the test database and the real broker. */
export function startPublicLegalServices(district: string, extra: Partial<ServiceConfig> = {}, clock?: Clock) {
  return startApp(PublicLegalServicesModule.register(testServiceConfig(district, extra), clock), 'public-legal-services');
}

/** A valid body of POST /v1/platforms registered at `registeredAt`. */
export const platformBody = (registeredAt: string, extra: Record<string, unknown> = {}) => ({
  level: 'station', name: '渝碚路街道公共法律服务工作站', registeredAt, ...extra,
});

/** A valid body of POST /v1/service-records at `platformId`, served at `servedAt`. */
export const serviceBody = (platformId: string, servedAt: string, extra: Record<string, unknown> = {}) => ({
  platformId, channel: 'walk-in', kind: 'consultation', persons: 2, servedAt, note: '咨询劳动合同纠纷', ...extra,
});

/** What recordPublicLegalServicesYear records, as the publicLegalServices section of that year counts it. */
export const PUBLIC_LEGAL_SERVICES_YEAR = {
  serviceRecords: 4, personsServed: 11, centreServiceRecords: 3, centrePersonsServed: 9,
  platformsRegistered: 4, centresStandardised: 0, stationsStandardised: 2, roomsStandardised: 1, platformsClosed: 0,
  providersRegistered: 4, providersDeregistered: 0,
  complaintsReceived: 3, complaintsHandled: 3, lawyerComplaintsHandled: 2, appraiserComplaintsHandled: 1, complaintsPenalised: 0, complaintsDisciplined: 1,
  examSittings: 2, examCandidates: 300, examIncidents: 0, examComplaints: 0,
  // From the centre's opening and at the year's end: this district's records only (the district is the test's own).
  centreServiceRecordsToDate: 3, centrePersonsServedToDate: 9, lawFirmsAtYearEnd: 2, appraisalInstitutionsAtYearEnd: 1, notaryOfficesAtYearEnd: 1,
};

/**
 * Records a small public-legal-services year through the service's API: the centre, two stations
 * and a room (three standardised), services at the centre and a station, four providers, three
 * complaints handled, two exam sittings; all inside `year` in Shanghai time. Throws on any answer but the expected one.
 */
export async function recordPublicLegalServicesYear(http: HttpClient, year: number): Promise<void> {
  const post = async (path: string, body: unknown, status = 201) => {
    const res = await http.post(path, body);
    if (res.status !== status) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const at = (month: number, day = 10) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00:00+08:00`;
  const centre = await post('/v1/platforms', platformBody(at(1, 2), { level: 'centre', name: '沙坪坝区公共法律服务中心' }));
  const stations = [await post('/v1/platforms', platformBody(at(1, 3))), await post('/v1/platforms', platformBody(at(1, 4), { name: '小龙坎街道公共法律服务工作站' }))];
  const room = await post('/v1/platforms', platformBody(at(1, 5), { level: 'room', name: '某社区公共法律服务工作室' }));
  for (const p of [...stations, room]) await post(`/v1/platforms/${p.id}/standardisation`, { standardisedAt: at(6) }, 200);
  for (const [i, persons] of [4, 3, 2].entries()) await post('/v1/service-records', serviceBody(centre.id, at(2 + i), { persons, channel: ['walk-in', 'hotline-12348', 'online'][i] }));
  await post('/v1/service-records', serviceBody(stations[0].id, at(7)));
  for (const [kind, name] of [['law-firm', '重庆某某律师事务所'], ['law-firm', '重庆某律师事务所'], ['forensic-appraisal-institution', '某司法鉴定所'], ['notary-office', '重庆市国信公证处']])
    await post('/v1/providers', { kind, name, registeredAt: at(1, 6) });
  for (const [i, against] of ['lawyer', 'lawyer', 'forensic-appraiser'].entries()) {
    const c = await post('/v1/complaints', { against, summary: '投诉执业行为', receivedAt: at(3 + i) });
    await post(`/v1/complaints/${c.id}/conclusion`, { outcome: i === 0 ? 'upheld-discipline' : 'not-upheld', concludedAt: at(4 + i) }, 200);
  }
  await post('/v1/exam-sittings', { heldAt: at(10, 19), candidates: 160, incidents: 0, complaints: 0 });
  await post('/v1/exam-sittings', { heldAt: at(10, 20), candidates: 140, incidents: 0, complaints: 0 });
}
