import { PublicLegalServicesEvent } from '@casetrack/contracts';
import { renderMarkdown } from '../annual-report/report-text';
import { publicLegalServicesLead, publicLegalServicesProse } from './public-legal-services.area';
import { publicLegalServicesFactsOf } from './public-legal-services-facts';

const SH = 'Asia/Shanghai';

/** The publicLegalServices section of Shapingba's 2019 report, as the seed counts it. */
const section2019 = {
  serviceRecords: 2100, personsServed: 3400, centreServiceRecords: 1500, centrePersonsServed: 2600, centreServiceRecordsToDate: 2900, centrePersonsServedToDate: 5023,
  platformsRegistered: 0, centresStandardised: 0, stationsStandardised: 7, roomsStandardised: 25, platformsClosed: 0,
  providersRegistered: 3, providersDeregistered: 1, lawFirmsAtYearEnd: 42, appraisalInstitutionsAtYearEnd: 7, notaryOfficesAtYearEnd: 1,
  complaintsReceived: 11, complaintsHandled: 10, lawyerComplaintsHandled: 8, appraiserComplaintsHandled: 2, complaintsPenalised: 1, complaintsDisciplined: 2,
  examSittings: 2, examCandidates: 2906, examIncidents: 0, examComplaints: 0,
};

function event(type: PublicLegalServicesEvent['type'], payload: Record<string, unknown>): PublicLegalServicesEvent {
  return {
    eventId: '00000000-0000-4000-8000-000000000001', type, version: 1, occurredAt: '2020-02-01T00:00:00+08:00', district: '500106',
    caseId: '00000000-0000-4000-8000-0000000000aa', sequence: 1, actorId: null, payload,
  } as PublicLegalServicesEvent;
}

describe('the public-legal-services prose', () => {
  const report = { district: '500106', year: 2019, timeZone: SH, legalAid: { accepted: 578, benefitFen: 225_750_000, benefitFenText: '225750000' }, publicLegalServices: section2019 };
  const text = renderMarkdown(report);

  it('carries every figure of 一(四) in the seed\'s words and order, around legal aid\'s sentence, the centre\'s persons rounded as the seed does', () => {
    const paragraph = text.split('\n').find((l) => l.includes('5000余'))!;
    expect(paragraph).toBe(
      '运行以来累计为5000余人次提供公共法律服务。7个镇街公共法律服务工作站、25个村(社区)公共法律服务工作室完成公共法律服务实体平台规范化建设。' +
        '全年受理援助案件578件，为困难群众挽回损失或取得利益225.75万元。' +
        '加强对区内42家律所、7家司法鉴定所、国信公证处等法律服务工作者的执业纪律和职业道德教育。' +
        '加大对违法违规行为的行政处罚和行业惩戒力度，处理对律师投诉案件8件，司法鉴定投诉2件。' +
        '做实做细2019年国家法考考务工作，参考人员共计2906人次，做到零失误、零投诉。',
    );
  });

  it('gives the exact counts in the table', () => {
    expect(text).toMatch(/\| 公共法律服务中心运行以来累计服务（人次） centrePersonsServedToDate +\| 5023 +\|/);
    expect(text).toMatch(/\| 国家法考参考人员（人次） examCandidates +\| 2906 +\|/);
  });

  it('says incidents and complaints when there were some, leaves out the exam without a sitting and the platforms when none was standardised', () => {
    expect(publicLegalServicesProse({ ...section2019, examIncidents: 1, examComplaints: 3 }, report)).toContain('做到失误1次、投诉3件。');
    expect(publicLegalServicesProse({ ...section2019, examSittings: 0, examCandidates: 0 }, report)).not.toContain('法考');
    expect(publicLegalServicesLead({ ...section2019, stationsStandardised: 0, roomsStandardised: 0 })).toBe('运行以来累计为5000余人次提供公共法律服务。');
    expect(publicLegalServicesProse({ ...section2019, notaryOfficesAtYearEnd: 2 }, report)).toContain('7家司法鉴定所、2家公证处等');
  });

  it('is left out with legal aid\'s paragraph, and does not start one of its own', () => {
    const alone = renderMarkdown({ district: '500106', year: 2019, timeZone: SH, publicLegalServices: section2019 });
    expect(alone).not.toContain('运行以来累计为');
    expect(alone).not.toContain('处理对律师投诉案件8件');
  });
});

describe('public-legal-services figure facts', () => {
  it('count a service at the centre twice (every platform\'s and the centre\'s), with its persons, in the year of servedAt in the district time zone', () => {
    const served = event('publiclegal.service.recorded', {
      platformId: '00000000-0000-4000-8000-0000000000bb', level: 'centre', channel: 'hotline-12348', kind: 'consultation', persons: 3, servedAt: '2019-12-31T16:30:00Z',
    });
    expect(publicLegalServicesFactsOf(served, SH)).toEqual([
      { area: 'public-legal-services', figure: 'serviceRecords', slot: 'service', year: 2020, dimensions: { month: 1, level: 'centre', channel: 'hotline-12348' }, changes: { serviceRecords: 1, personsServed: 3 } },
      { area: 'public-legal-services', figure: 'centreServiceRecords', slot: 'centre', year: 2020, dimensions: { month: 1, level: 'centre', channel: 'hotline-12348' }, changes: { centreServiceRecords: 1, centrePersonsServed: 3 } },
    ]);
    const atRoom = event('publiclegal.service.recorded', { platformId: '00000000-0000-4000-8000-0000000000bb', level: 'room', channel: 'walk-in', kind: 'other', persons: 1, servedAt: '2019-05-01T09:00:00+08:00' });
    expect(publicLegalServicesFactsOf(atRoom, SH).map((f) => f.figure)).toEqual(['serviceRecords']);
  });

  it('count a standardisation by the platform\'s level, in the year it was completed', () => {
    const done = event('publiclegal.platform.standardised', { level: 'room', registeredAt: '2018-03-01T09:00:00+08:00', standardisedAt: '2019-06-30T09:00:00+08:00' });
    expect(publicLegalServicesFactsOf(done, SH)).toEqual([
      { area: 'public-legal-services', figure: 'roomsStandardised', slot: 'standardised', year: 2019, dimensions: { month: 6, level: 'room' }, changes: { roomsStandardised: 1 } },
    ]);
  });

  it('count a complaint handled by its target in the year of its conclusion, a penalty or a discipline apart', () => {
    const concluded = (against: string, outcome: string) =>
      publicLegalServicesFactsOf(event('publiclegal.complaint.concluded', { against, receivedAt: '2018-12-20T09:00:00+08:00', outcome, concludedAt: '2019-01-05T09:00:00+08:00' }), SH);
    expect(concluded('lawyer', 'upheld-penalty').map((f) => [f.figure, f.year])).toEqual([['lawyerComplaintsHandled', 2019], ['complaintsPenalised', 2019]]);
    expect(concluded('forensic-appraiser', 'not-upheld').map((f) => f.figure)).toEqual(['appraiserComplaintsHandled']);
  });

  it('count an exam sitting once, carrying its candidates, incidents and complaints', () => {
    const sitting = event('publiclegal.exam-sitting.recorded', { heldAt: '2019-10-19T08:00:00+08:00', candidates: 1453, incidents: 0, complaints: 1 });
    expect(publicLegalServicesFactsOf(sitting, SH)).toEqual([
      { area: 'public-legal-services', figure: 'examSittings', slot: 'sitting', year: 2019, dimensions: { month: 10 }, changes: { examSittings: 1, examCandidates: 1453, examIncidents: 0, examComplaints: 1 } },
    ]);
  });
});
