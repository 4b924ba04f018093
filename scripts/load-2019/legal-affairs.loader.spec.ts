import { calendarDateIn, DEFAULT_TIME_ZONE } from '@casetrack/contracts';
import { COVERAGE_AT, DISTRICT_UNITS, districtUnitNames, legalAffairsFigures, legalAffairsLoader, planCoverage, planLegalAffairsYear } from './legal-affairs.loader';

const year = (t: string) => calendarDateIn(DEFAULT_TIME_ZONE, t).year;
const ms = (t: string) => Date.parse(t);

describe('the legal-affairs 2019 loader', () => {
  it("plans exactly the seed's figures at scale 1 (32 meetings for its 30余次)", () => {
    expect(legalAffairsLoader.expected(1)).toEqual({
      agendaMeetings: 32, coordinationGroupsEstablished: 4, committeeMeetings: 1, committeeFirstMeetings: 1,
      documentsReviewed: 86, documentsNormative: 8, documentsFiled: 8, filedFoundUnlawfulOrRevoked: 0,
      cleanupReviewed: 44, cleanupRepealed: 2, investmentContractsReviewed: 169,
      adviserContractWork: 379, adviserCasesRepresented: 198, adviserSpecialServices: 197,
      unitsAtYearEnd: 40, unitsWithAdviser: 40,
      'adviserCoverage.value': 1, 'adviserCoverage.display': '100.0%', 'adviserCoverage.numerator': 40, 'adviserCoverage.denominator': 40,
    });
  });

  it("names the units after the district for any district but the seed's, and plans the same figures for every district", () => {
    expect(districtUnitNames('500106')).toBe(DISTRICT_UNITS);
    expect(districtUnitNames('912345')).toEqual(DISTRICT_UNITS.map((n) => `${n}（912345）`));
    const own = planLegalAffairsYear(0.05);
    const other = planLegalAffairsYear(0.05, '912345');
    expect(legalAffairsFigures(other)).toEqual(legalAffairsFigures(own));
    // Every unit the other district's year names (registry, engagements, documents, contracts) is one of its own names.
    const names = new Set(districtUnitNames('912345'));
    const used = [...other.units.map((u) => u.name), ...other.engagements.map((e) => e.engage.unit), ...other.documents.map((d) => d.submit.unit), ...other.contracts.map((c) => c.submit.unit)];
    expect(used.length).toBeGreaterThan(other.units.length);
    expect(used.filter((n) => !names.has(n))).toEqual([]);
    // Apart from the names, the very same requests.
    const unnamed = (y: object) => JSON.stringify(y).replace(/（912345）/g, '');
    expect(unnamed(other)).toBe(JSON.stringify(own));
  });

  it('covers every district unit at the end of the year at every scale, some after a change of adviser', () => {
    for (const scale of [1, 0.05, 0.01]) {
      const coverage = planCoverage(planLegalAffairsYear(scale));
      expect([scale, coverage.unitsWithAdviser]).toEqual([scale, coverage.districtUnits]);
    }
    expect(planCoverage(planLegalAffairsYear(1)).districtUnits).toBe(DISTRICT_UNITS.length);
    const plan = planLegalAffairsYear(1);
    expect(plan.engagements.some((e) => e.end && year(e.end.endedAt) === 2019)).toBe(true);
    expect(new Set(plan.engagements.map((e) => e.engage.unit))).toEqual(new Set(DISTRICT_UNITS));
  });

  it('keeps every kind of record at scale 1: pending documents and contracts, rejected and cross-year reviews, other contract kinds, amended documents', () => {
    const plan = planLegalAffairsYear(1);
    expect(plan.documents.some((d) => !d.review)).toBe(true);
    expect(plan.documents.some((d) => d.review?.opinion === 'rejected')).toBe(true);
    expect(plan.documents.some((d) => year(d.submit.submittedAt) === 2018 && d.review && year(d.review.reviewedAt) === 2019)).toBe(true);
    expect(plan.contracts.some((c) => !c.review)).toBe(true);
    expect(new Set(plan.contracts.map((c) => c.submit.kind))).toEqual(new Set(['government-investment-project', 'procurement', 'concession', 'other']));
    expect(plan.cleanup.decisions.some((d) => d.outcome === 'amended')).toBe(true);
    expect(new Set(plan.agenda.map((m) => m.kind))).toEqual(new Set(['party-group', 'director-office']));
    expect(plan.groups.map((g) => g.field).sort()).toEqual(['enforcement', 'judiciary', 'law-observance', 'legislation']);
  });

  it('plans only requests the service accepts: times in order, in 2019 after the engagements start, work inside its engagement', () => {
    for (const scale of [1, 0.05]) {
      const plan = planLegalAffairsYear(scale);
      for (const d of plan.documents) {
        const times = [d.submit.submittedAt, d.review?.reviewedAt, d.filing?.filedAt].filter((t): t is string => !!t);
        expect(times.map(ms)).toEqual([...times.map(ms)].sort((a, b) => a - b));
        expect(times.slice(1).every((t) => year(t) === 2019)).toBe(true);
        if (d.filing) expect(d.review).toMatchObject({ normative: true, opinion: expect.not.stringMatching(/^rejected$/) });
      }
      for (const c of plan.contracts) {
        expect(Number.isSafeInteger(c.submit.amountFen) && c.submit.amountFen >= 0).toBe(true);
        if (c.review) expect(ms(c.review.reviewedAt)).toBeGreaterThanOrEqual(ms(c.submit.submittedAt));
      }
      for (const e of plan.engagements) {
        for (const w of e.work) {
          expect(ms(w.performedAt)).toBeGreaterThanOrEqual(ms(e.engage.startedAt));
          expect(year(w.performedAt)).toBe(2019);
          if (e.end) expect(ms(w.performedAt)).toBeLessThanOrEqual(ms(e.end.endedAt));
        }
      }
      const { open, decisions, close } = plan.cleanup;
      for (const d of decisions) expect(ms(d.decidedAt) >= ms(open.startedAt) && ms(d.decidedAt) <= ms(close.closedAt)).toBe(true);
      // Nothing in the plan is after the year: the service refuses business times in the future, and the year is past.
      const all = JSON.stringify(plan).match(/\d{4}-\d\d-\d\dT[\d:]{8}\+08:00/g)!;
      expect(all.every((t) => ms(t) <= ms(COVERAGE_AT))).toBe(true);
    }
  });

  it('plans the same year every time', () => {
    expect(planLegalAffairsYear(0.05)).toEqual(planLegalAffairsYear(0.05));
  });
});
