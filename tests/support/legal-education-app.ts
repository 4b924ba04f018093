import { Clock, ServiceConfig } from '@casetrack/platform';
import { rate } from '../../apps/reporting/src/annual-report/rate';
import { AppModule as LegalEducationModule } from '../../apps/legal-education/src/app.module';
import { startApp, testServiceConfig } from './apps';
import { HttpClient } from './http-client';

/** A legal-education service in this process for `district`, against the test database and the real broker. */
export function startLegalEducation(district: string, extra: Partial<ServiceConfig> = {}, clock?: Clock) {
  return startApp(LegalEducationModule.register(testServiceConfig(district, extra), clock), 'legal-education');
}

/** A valid body of POST /v1/exams scheduled at `scheduledAt`. */
export const examBody = (scheduledAt: string, extra: Record<string, unknown> = {}) => ({
  title: '新提任领导干部法治理论知识考试', audience: 'newly-promoted-leaders', scheduledAt, candidatesExpected: 92, ...extra,
});

/** What recordLegalEducationYear records, as the legalEducation section of that year counts it (rates from the counts). */
export const LEGAL_EDUCATION_YEAR = {
  enforcementSessions: 2, enforcementTrained: 30, enforcementPassed: 28, enforcementPassRate: rate(28, 30),
  newlyPromotedSessions: 2, newlyPromotedExpected: 20, newlyPromotedSat: 19, newlyPromotedPassed: 19,
  newlyPromotedParticipationRate: rate(19, 20), newlyPromotedPassRate: rate(19, 19),
  annualSessions: 1, annualExpected: 10, annualSat: 10, annualPassed: 10, annualCityUniversity: 4, annualParticipationRate: rate(10, 10), annualPassRate: rate(10, 10),
  mediaItems: 3, nationalMediaItems: 2, contests: 2, partyRegulationContests: 1, constitutionContests: 1, contestParticipants: 3_000,
  worksReleased: 2, microVideos: 2, constitutionMicroVideos: 2, worksAwarded: 2, nationalThirdPrizes: 1, cityThirdPrizes: 1,
  publicityActivities: 5, caseExplanations: 2, surveys: 1, surveyRespondents: 100,
  surveyAwarenessRate: rate(85, 100), surveyParticipationRate: rate(82, 100), surveySatisfactionRate: rate(90, 100),
  villagesAssessed: 3, villagesMeetingStandard: 2,
};

/**
 * Records a small legal-education year through the service's API, all inside `year` in Shanghai
 * time: two enforcement sessions (one cancelled besides), three leaders' exams, activities of two
 * units, two contests, media items, two micro-videos with their awards, a survey, three villages.
 * Throws on any answer but the expected one.
 */
export async function recordLegalEducationYear(http: HttpClient, year: number): Promise<void> {
  const post = async (path: string, body: unknown, status = 201) => {
    const res = await http.post(path, body);
    if (res.status !== status) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const at = (month: number, day = 10) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00:00+08:00`;
  const exams: [string, number, number, number, number][] = [
    ['enforcement-new-certificate', 18, 18, 17, 0],
    ['enforcement-renewal', 12, 12, 11, 0],
    ['newly-promoted-leaders', 10, 10, 10, 0],
    ['newly-promoted-leaders', 10, 9, 9, 0],
    ['annual-leaders', 10, 10, 10, 4],
  ];
  for (const [i, [audience, candidatesExpected, sat, passed, cityUniversityCandidates]] of exams.entries()) {
    const exam = await post('/v1/exams', examBody(at(2 + i, 1), { audience, candidatesExpected, cityUniversityCandidates }));
    await post(`/v1/exams/${exam.id}/results`, { heldAt: at(2 + i, 15), sat, passed }, 200);
  }
  const cancelled = await post('/v1/exams', examBody(at(9, 1), { audience: 'enforcement-renewal' }));
  await post(`/v1/exams/${cancelled.id}/cancel`, { cancelledAt: at(9, 2) }, 200);
  const units = ['沙坪坝区市场监督管理局', '沙坪坝区教育委员会'];
  for (const [i, kind] of ['publicity', 'case-explanation', 'publicity', 'case-explanation', 'other'].entries())
    await post('/v1/publicity-activities', { unit: units[i % 2], kind, heldAt: at(3 + i), subject: '普法进社区' });
  for (const [i, participants] of [1_000, 2_000].entries()) {
    const contest = await post('/v1/contests', { title: '知识竞赛', kind: i === 0 ? 'party-regulations' : 'constitution', openedAt: at(5 + i) });
    await post(`/v1/contests/${contest.id}/close`, { closedAt: at(5 + i, 20), participants }, 200);
  }
  await post('/v1/contests', { title: '尚未结束的竞赛', kind: 'other', openedAt: at(11) }); // open: not counted
  for (const level of ['national', 'national', 'city']) await post('/v1/media-items', { level, outlet: '法制日报', headline: '普法信息', adoptedAt: at(6) });
  for (const [i, level] of ['national', 'city'].entries()) {
    const work = await post('/v1/works', { title: `微视频${i + 1}`, kind: 'micro-video', series: 'i-and-the-constitution', releasedAt: at(3) });
    await post(`/v1/works/${work.id}/award`, { level, rank: 'third', awardedAt: at(10 + i) }, 200);
  }
  await post('/v1/surveys', { conductedAt: at(12, 1), respondents: 100, aware: 85, participated: 82, satisfied: 90 });
  for (const [i, meetsStandard] of [true, true, false].entries()) await post('/v1/village-assessments', { village: `示范村${i + 1}`, assessedAt: at(11, 2 + i), meetsStandard });
}
