import { ActivityKind, calendarDateIn, ContestKind, DEFAULT_TIME_ZONE, ExamAudience, Level } from '@casetrack/contracts';
import { rate } from '../../apps/reporting/src/annual-report/rate';
import { HttpClient } from '../../tests/support/http-client';
import { AreaLoader, ExpectedFigures, LoadContext } from './area-loader';
import { postIdempotent, runPool } from './http-pool';
import { DISTRICT_UNITS } from './legal-affairs.loader';
import { apportion, Prng, scaled } from './prng';

/**
 * The seed's 一(五) and 一(七): 对全区409名新办证和到期换发证件人员进行培训、考试; 新提任领导干部法治理论
 * 知识考试2场，182名新提任干部参加考试，参考率99%，通过率100% (182 of 184 expected: 98.91%, the report's
 * display of the rate the seed rounds to 99%); 190名副处级(含75名市属高校领导)以上领导干部参加考试，参考率
 * 100%，通过率100%; 国家级媒体采用普法信息8条; 知识竞赛参与人数达5.1万; “我与宪法”公益微视频2部，全国三等奖
 * 与全市三等奖各一; 各单位开展普法宣传、以案释法等活动2100余场次 (2134 here); 知晓率、参与率和满意率均达80%
 * 以上; 达标村(社区)111个.
 */
const ENFORCEMENT_TRAINED = 409;
const NEWLY_PROMOTED_SESSIONS = 2;
const NEWLY_PROMOTED_EXPECTED = 184;
const NEWLY_PROMOTED_SAT = 182;
const ANNUAL_CANDIDATES = 190;
const ANNUAL_CITY_UNIVERSITY = 75;
const NATIONAL_MEDIA_ITEMS = 8;
const CONTEST_PARTICIPANTS = 51_000;
const ACTIVITIES = 2134;
const VILLAGES_MEETING_STANDARD = 111;

/**
 * Not in the seed; chosen so the year has every kind of record: four enforcement sessions (two for
 * new certificates, two for renewals) in which 7 failed, one session cancelled; city and district
 * media items; the contests' split (21,000 and 30,000); a fifth of the activities explaining the law
 * through a case; a survey of 1,200 residents (88 %, 83 %, 91 %); 9 villages not yet up to standard.
 */
const ENFORCEMENT_SESSIONS: readonly ExamAudience[] = ['enforcement-new-certificate', 'enforcement-renewal', 'enforcement-new-certificate', 'enforcement-renewal'];
const ENFORCEMENT_FAILED = 7;
const OTHER_MEDIA_ITEMS: readonly (readonly [Level, number])[] = [['city', 14], ['district', 30]];
const CONTESTS: readonly (readonly [ContestKind, number])[] = [['party-regulations', 21], ['constitution', 30]];
const SURVEY = { respondents: 1200, aware: 0.88, participated: 0.83, satisfied: 0.91 };
const VILLAGES_NOT_YET = 9;
const WORKS = [{ title: '学宪法·有办法', level: 'national' as Level }, { title: '宪法为你遮风挡雨', level: 'city' as Level }];

const DAY_MS = 86_400_000;
const YEAR_START = Date.parse('2019-01-01T00:00:00+08:00');

/** Day `day` of 2019 (1 = 1 January) at minute `minuteOfDay`, written with +08:00. */
function at(day: number, minuteOfDay: number): string {
  const local = new Date(YEAR_START + (day - 1) * DAY_MS + minuteOfDay * 60_000 + 8 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

const office = (prng: Prng) => prng.int(9 * 60, 17 * 60);

export interface ExamPlan {
  schedule: { title: string; audience: ExamAudience; scheduledAt: string; candidatesExpected: number; cityUniversityCandidates: number };
  results?: { heldAt: string; sat: number; passed: number };
  cancel?: { cancelledAt: string };
}

export interface LegalEducationYear {
  exams: ExamPlan[];
  media: { level: Level; outlet: string; headline: string; adoptedAt: string }[];
  contests: { open: { title: string; kind: ContestKind; openedAt: string }; close: { closedAt: string; participants: number } }[];
  works: { release: { title: string; kind: 'micro-video'; series: 'i-and-the-constitution'; releasedAt: string }; award: { level: Level; rank: 'third'; awardedAt: string } }[];
  activities: { unit: string; kind: ActivityKind; heldAt: string; subject: string }[];
  surveys: { conductedAt: string; respondents: number; aware: number; participated: number; satisfied: number }[];
  villages: { village: string; assessedAt: string; meetsStandard: boolean }[];
}

const ACTIVITY_SUBJECTS = ['宪法进社区', '民法典宣讲', '食品安全以案释法', '扫黑除恶专项斗争普法', '安全生产法宣传', '禁毒宣传', '消费者权益保护', '农民工工资支付条例'];
const TOWNS = ['井口镇', '歌乐山镇', '青木关镇', '凤凰镇', '回龙坝镇', '中梁镇', '曾家镇', '土主镇', '西永街道', '覃家岗街道', '童家桥街道', '石井坡街道', '詹家溪街道', '磁器口街道'];

/** The 2019 of 一(五) and 一(七) at `scale`: every request the loader sends. All times in 2019, in order. */
export function planLegalEducationYear(scale: number): LegalEducationYear {
  const prng = new Prng(`legal-education-2019-${scale}`);
  const trained = scaled(ENFORCEMENT_TRAINED, scale);
  const sessions = ENFORCEMENT_SESSIONS.slice(0, Math.min(ENFORCEMENT_SESSIONS.length, trained));
  const perSession = apportion(trained, sessions.map(() => 1));
  const failed = apportion(Math.min(scaled(ENFORCEMENT_FAILED, scale), trained), sessions.map(() => 1));
  const exams: ExamPlan[] = sessions.map((audience, i) => {
    const scheduledAt = at(20 + i * 85, 9 * 60);
    return {
      schedule: { title: `${audience === 'enforcement-renewal' ? '到期换证' : '新办证'}人员通用法律知识培训考试（第${i + 1}期）`, audience, scheduledAt, candidatesExpected: perSession[i], cityUniversityCandidates: 0 },
      results: { heldAt: at(34 + i * 85, 9 * 60), sat: perSession[i], passed: perSession[i] - Math.min(failed[i], perSession[i]) },
    };
  });
  exams.push({
    schedule: { title: '通用法律知识培训考试（取消）', audience: 'enforcement-renewal', scheduledAt: at(300, 9 * 60), candidatesExpected: 20, cityUniversityCandidates: 0 },
    cancel: { cancelledAt: at(301, 10 * 60) },
  });
  const promotedSat = scaled(NEWLY_PROMOTED_SAT, scale);
  const promotedExpected = Math.max(promotedSat, scaled(NEWLY_PROMOTED_EXPECTED, scale));
  const promotedSessions = Math.min(NEWLY_PROMOTED_SESSIONS, promotedSat);
  const expectedBy = apportion(promotedExpected, Array(promotedSessions).fill(1));
  const satBy = apportion(promotedSat, Array(promotedSessions).fill(1));
  for (let i = 0; i < promotedSessions; i++)
    exams.push({
      schedule: { title: `新提任领导干部法治理论知识考试（第${i + 1}场）`, audience: 'newly-promoted-leaders', scheduledAt: at(100 + i * 150, 9 * 60), candidatesExpected: expectedBy[i], cityUniversityCandidates: 0 },
      results: { heldAt: at(110 + i * 150, 14 * 60), sat: satBy[i], passed: satBy[i] },
    });
  const annual = scaled(ANNUAL_CANDIDATES, scale);
  exams.push({
    schedule: { title: '年度法治理论知识考试', audience: 'annual-leaders', scheduledAt: at(290, 9 * 60), candidatesExpected: annual, cityUniversityCandidates: Math.min(annual, scaled(ANNUAL_CITY_UNIVERSITY, scale)) },
    results: { heldAt: at(305, 14 * 60), sat: annual, passed: annual },
  });

  const media = [
    ...Array.from({ length: scaled(NATIONAL_MEDIA_ITEMS, scale) }, () => ({ level: 'national' as Level, outlet: prng.pick(['法制日报', '中国普法网', '人民网']) })),
    ...OTHER_MEDIA_ITEMS.flatMap(([level, n]) => Array.from({ length: scaled(n, scale) }, () => ({ level, outlet: prng.pick(['重庆日报', '沙坪坝报', '华龙网']) }))),
  ].map((m, i) => ({ ...m, headline: `“沙坪坝司法”普法信息（${i + 1}）`, adoptedAt: at(prng.int(10, 350), office(prng)) }));
  const participants = apportion(scaled(CONTEST_PARTICIPANTS, scale), CONTESTS.map(([, w]) => w));
  const contests = CONTESTS.map(([kind], i) => ({
    open: { title: kind === 'constitution' ? '宪法知识竞赛' : '党内法规知识竞赛', kind, openedAt: at(150 + i * 180, 9 * 60) },
    close: { closedAt: at(165 + i * 180, 18 * 60), participants: participants[i] },
  }));
  const works = WORKS.map((w, i) => ({
    release: { title: w.title, kind: 'micro-video' as const, series: 'i-and-the-constitution' as const, releasedAt: at(60 + i * 20, 10 * 60) },
    award: { level: w.level, rank: 'third' as const, awardedAt: at(320 + i * 10, 15 * 60) },
  }));
  const activities = Array.from({ length: scaled(ACTIVITIES, scale) }, () => ({
    unit: prng.pick(DISTRICT_UNITS),
    kind: prng.weighted<ActivityKind>([['publicity', 75], ['case-explanation', 20], ['other', 5]]),
    heldAt: at(prng.int(2, 360), office(prng)),
    subject: prng.pick(ACTIVITY_SUBJECTS),
  }));
  const respondents = scaled(SURVEY.respondents, scale);
  const share = (r: number) => Math.round(respondents * r);
  const surveys = [{ conductedAt: at(340, 10 * 60), respondents, aware: share(SURVEY.aware), participated: share(SURVEY.participated), satisfied: share(SURVEY.satisfied) }];
  const villages = [
    ...Array.from({ length: scaled(VILLAGES_MEETING_STANDARD, scale) }, () => true),
    ...Array.from({ length: scaled(VILLAGES_NOT_YET, scale) }, () => false),
  ].map((meetsStandard, i) => ({ village: `${TOWNS[i % TOWNS.length]}示范村(社区)${Math.floor(i / TOWNS.length) + 1}`, assessedAt: at(prng.int(280, 350), office(prng)), meetsStandard }));
  return { exams, media, contests, works, activities, surveys, villages };
}

const in2019 = (t: string | undefined) => t !== undefined && calendarDateIn(DEFAULT_TIME_ZONE, t).year === 2019;

/** The year's figures from its plan: what the report's legalEducation section must show, by the section's names (rates by their display). */
export function legalEducationFigures(year: LegalEducationYear): ExpectedFigures {
  const held = (pred: (a: ExamAudience) => boolean) => year.exams.filter((e) => e.results && in2019(e.results.heldAt) && pred(e.schedule.audience));
  const sum = (exams: ExamPlan[], f: (e: ExamPlan) => number) => exams.reduce((s, e) => s + f(e), 0);
  const enforcement = held((a) => a.startsWith('enforcement-'));
  const promoted = held((a) => a === 'newly-promoted-leaders');
  const annual = held((a) => a === 'annual-leaders');
  const display = (n: number, d: number) => rate(n, d)?.display ?? null;
  const survey = year.surveys.filter((s) => in2019(s.conductedAt));
  const answers = (k: 'respondents' | 'aware' | 'participated' | 'satisfied') => survey.reduce((s, x) => s + x[k], 0);
  return {
    enforcementSessions: enforcement.length,
    enforcementTrained: sum(enforcement, (e) => e.results!.sat),
    enforcementPassed: sum(enforcement, (e) => e.results!.passed),
    newlyPromotedSessions: promoted.length,
    newlyPromotedSat: sum(promoted, (e) => e.results!.sat),
    'newlyPromotedParticipationRate.display': display(sum(promoted, (e) => e.results!.sat), sum(promoted, (e) => e.schedule.candidatesExpected)),
    'newlyPromotedPassRate.display': display(sum(promoted, (e) => e.results!.passed), sum(promoted, (e) => e.results!.sat)),
    annualSat: sum(annual, (e) => e.results!.sat),
    annualCityUniversity: sum(annual, (e) => e.schedule.cityUniversityCandidates),
    'annualParticipationRate.display': display(sum(annual, (e) => e.results!.sat), sum(annual, (e) => e.schedule.candidatesExpected)),
    'annualPassRate.display': display(sum(annual, (e) => e.results!.passed), sum(annual, (e) => e.results!.sat)),
    nationalMediaItems: year.media.filter((m) => m.level === 'national' && in2019(m.adoptedAt)).length,
    contestParticipants: year.contests.filter((c) => in2019(c.close.closedAt)).reduce((s, c) => s + c.close.participants, 0),
    constitutionMicroVideos: year.works.filter((w) => in2019(w.release.releasedAt)).length,
    nationalThirdPrizes: year.works.filter((w) => w.award.level === 'national' && in2019(w.award.awardedAt)).length,
    cityThirdPrizes: year.works.filter((w) => w.award.level === 'city' && in2019(w.award.awardedAt)).length,
    publicityActivities: year.activities.filter((a) => in2019(a.heldAt)).length,
    'surveyAwarenessRate.display': display(answers('aware'), answers('respondents')),
    'surveyParticipationRate.display': display(answers('participated'), answers('respondents')),
    'surveySatisfactionRate.display': display(answers('satisfied'), answers('respondents')),
    villagesMeetingStandard: year.villages.filter((v) => v.meetsStandard && in2019(v.assessedAt)).length,
  };
}

/** 执法资格与法治宣传 in 2019: every record through the legal-education service's public API. */
export const legalEducationLoader: AreaLoader = {
  area: 'legal-education',
  sectionKey: 'legalEducation',

  expected(scale: number): ExpectedFigures {
    return legalEducationFigures(planLegalEducationYear(scale));
  },

  async load(ctx: LoadContext): Promise<void> {
    const http = new HttpClient(ctx.baseUrl, ctx.headers);
    const year = planLegalEducationYear(ctx.scale);
    const total =
      year.exams.reduce((s, e) => s + 1 + (e.results || e.cancel ? 1 : 0), 0) + year.media.length + 2 * year.contests.length + 2 * year.works.length +
      year.activities.length + year.surveys.length + year.villages.length;
    let done = 0;
    const post = async (path: string, body: unknown, key: string) => {
      const res = await postIdempotent(http, path, body, `${ctx.runId}:legal-education:${key}`);
      ctx.progress('legal-education', ++done, total);
      return res;
    };
    await runPool(year.exams, ctx.concurrency, async (e, n) => {
      const id = (await post('/v1/exams', e.schedule, `exam:${n}`)).body.id as string;
      if (e.results) await post(`/v1/exams/${id}/results`, e.results, `exam:${n}:results`);
      if (e.cancel) await post(`/v1/exams/${id}/cancel`, e.cancel, `exam:${n}:cancel`);
    });
    await runPool(year.contests, ctx.concurrency, async (c, n) => {
      const id = (await post('/v1/contests', c.open, `contest:${n}`)).body.id as string;
      await post(`/v1/contests/${id}/close`, c.close, `contest:${n}:close`);
    });
    await runPool(year.works, ctx.concurrency, async (w, n) => {
      const id = (await post('/v1/works', w.release, `work:${n}`)).body.id as string;
      await post(`/v1/works/${id}/award`, w.award, `work:${n}:award`);
    });
    await runPool(year.media, ctx.concurrency, async (m, n) => void (await post('/v1/media-items', m, `media:${n}`)));
    await runPool(year.activities, ctx.concurrency, async (a, n) => void (await post('/v1/publicity-activities', a, `activity:${n}`)));
    await runPool(year.surveys, ctx.concurrency, async (s, n) => void (await post('/v1/surveys', s, `survey:${n}`)));
    await runPool(year.villages, ctx.concurrency, async (v, n) => void (await post('/v1/village-assessments', v, `village:${n}`)));
  },
};
