import { calendarDateIn, DEFAULT_TIME_ZONE } from '@casetrack/contracts';
import { legalEducationLoader, planLegalEducationYear } from './legal-education.loader';

const year = (t: string) => calendarDateIn(DEFAULT_TIME_ZONE, t).year;

describe('the legal-education 2019 loader', () => {
  it("plans exactly the seed's figures at scale 1 (182 of 184: the 99 % the seed rounds to; 2134 activities for its 2100余)", () => {
    expect(legalEducationLoader.expected(1)).toEqual({
      enforcementSessions: 4, enforcementTrained: 409, enforcementPassed: 402,
      newlyPromotedSessions: 2, newlyPromotedSat: 182, 'newlyPromotedParticipationRate.display': '98.91%', 'newlyPromotedPassRate.display': '100.0%',
      annualSat: 190, annualCityUniversity: 75, 'annualParticipationRate.display': '100.0%', 'annualPassRate.display': '100.0%',
      nationalMediaItems: 8, contestParticipants: 51_000, constitutionMicroVideos: 2, nationalThirdPrizes: 1, cityThirdPrizes: 1,
      publicityActivities: 2134,
      'surveyAwarenessRate.display': '88.0%', 'surveyParticipationRate.display': '83.0%', 'surveySatisfactionRate.display': '91.0%',
      villagesMeetingStandard: 111,
    });
  });

  it('plans only requests the service accepts at every scale: times in 2019 and in order, headcounts within their bounds', () => {
    for (const scale of [1, 0.05, 0.01]) {
      const plan = planLegalEducationYear(scale);
      for (const e of plan.exams) {
        expect(e.schedule.cityUniversityCandidates).toBeLessThanOrEqual(e.schedule.candidatesExpected);
        if (e.results) {
          expect([e.results.sat <= e.schedule.candidatesExpected, e.results.passed <= e.results.sat, Date.parse(e.results.heldAt) >= Date.parse(e.schedule.scheduledAt)]).toEqual([true, true, true]);
          expect(year(e.results.heldAt)).toBe(2019);
        }
      }
      for (const c of plan.contests) expect(Date.parse(c.close.closedAt)).toBeGreaterThan(Date.parse(c.open.openedAt));
      for (const w of plan.works) expect(Date.parse(w.award.awardedAt)).toBeGreaterThan(Date.parse(w.release.releasedAt));
      for (const s of plan.surveys) expect(Math.max(s.aware, s.participated, s.satisfied)).toBeLessThanOrEqual(s.respondents);
      expect(plan.activities.every((a) => year(a.heldAt) === 2019)).toBe(true);
      expect(new Set(plan.villages.map((v) => v.village)).size).toBe(plan.villages.length);
    }
  });

  it('keeps every kind of record at scale 1: a cancelled session, failed candidates, case explanations, media below national, villages not yet up to standard', () => {
    const plan = planLegalEducationYear(1);
    expect(plan.exams.some((e) => e.cancel)).toBe(true);
    expect(plan.exams.some((e) => e.results && e.results.passed < e.results.sat)).toBe(true);
    expect(new Set(plan.activities.map((a) => a.kind))).toEqual(new Set(['publicity', 'case-explanation', 'other']));
    expect(new Set(plan.media.map((m) => m.level))).toEqual(new Set(['national', 'city', 'district']));
    expect(plan.villages.some((v) => !v.meetsStandard)).toBe(true);
  });

  it('is the same year every time (a seeded generator)', () => {
    expect(planLegalEducationYear(0.05)).toEqual(planLegalEducationYear(0.05));
  });
});
