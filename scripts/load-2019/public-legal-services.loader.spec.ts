import { calendarDateIn, DEFAULT_TIME_ZONE } from '@casetrack/contracts';
import { planPublicLegalServicesYear, publicLegalServicesLoader } from './public-legal-services.loader';

const year = (t: string) => calendarDateIn(DEFAULT_TIME_ZONE, t).year;
const ms = (t: string) => Date.parse(t);
const YEAR_END = ms('2019-12-31T23:59:59+08:00');

describe('the public-legal-services 2019 loader', () => {
  it("plans exactly the seed's figures at scale 1 (5023 persons for its 5000余人次)", () => {
    expect(publicLegalServicesLoader.expected(1)).toMatchObject({
      centrePersonsServedToDate: 5023, stationsStandardised: 7, roomsStandardised: 25,
      lawFirmsAtYearEnd: 42, appraisalInstitutionsAtYearEnd: 7, notaryOfficesAtYearEnd: 1,
      lawyerComplaintsHandled: 8, appraiserComplaintsHandled: 2,
      examCandidates: 2906, examIncidents: 0, examComplaints: 0,
    });
  });

  it('keeps every kind of record at scale 1: the centre\'s 2018 services, local services, an unstandardised room, a firm deregistered, a complaint across the year\'s turn and one open', () => {
    const plan = planPublicLegalServicesYear(1);
    const centre = plan.platforms.find((p) => p.register.level === 'centre')!;
    expect(centre.services.some((s) => year(s.servedAt) === 2018) && centre.services.some((s) => year(s.servedAt) === 2019)).toBe(true);
    expect(plan.platforms.some((p) => p.register.level !== 'centre' && p.services.length > 0)).toBe(true);
    expect(plan.platforms.some((p) => !p.standardise)).toBe(true);
    expect(plan.providers.some((p) => p.deregister && year(p.deregister.deregisteredAt) === 2019)).toBe(true);
    expect(plan.complaints.some((c) => year(c.receive.receivedAt) === 2018 && c.conclude && year(c.conclude.concludedAt) === 2019)).toBe(true);
    expect(plan.complaints.some((c) => !c.conclude)).toBe(true);
    expect(new Set(plan.platforms.flatMap((p) => p.services.map((s) => s.channel)))).toEqual(new Set(['walk-in', 'hotline-12348', 'wechat', 'online']));
  });

  it('plans only requests the service accepts: times in order, services inside their platform\'s life, nothing after the year', () => {
    for (const scale of [1, 0.05, 0.01]) {
      const plan = planPublicLegalServicesYear(scale);
      for (const p of plan.platforms) {
        if (p.standardise) expect(ms(p.standardise.standardisedAt)).toBeGreaterThanOrEqual(ms(p.register.registeredAt));
        for (const s of p.services) {
          expect(ms(s.servedAt)).toBeGreaterThanOrEqual(ms(p.register.registeredAt));
          expect(Number.isInteger(s.persons) && s.persons >= 1 && s.persons <= 10_000).toBe(true);
        }
      }
      for (const c of plan.complaints) if (c.conclude) expect(ms(c.conclude.concludedAt)).toBeGreaterThanOrEqual(ms(c.receive.receivedAt));
      for (const p of plan.providers) if (p.deregister) expect(ms(p.deregister.deregisteredAt)).toBeGreaterThanOrEqual(ms(p.register.registeredAt));
      const all = JSON.stringify(plan).match(/\d{4}-\d\d-\d\dT[\d:]{8}\+08:00/g)!;
      expect(all.every((t) => ms(t) <= YEAR_END)).toBe(true);
      expect(publicLegalServicesLoader.expected(scale).examCandidates).toBeGreaterThan(0);
    }
  });

  it('plans the same year every time', () => {
    expect(planPublicLegalServicesYear(0.05)).toEqual(planPublicLegalServicesYear(0.05));
  });
});
