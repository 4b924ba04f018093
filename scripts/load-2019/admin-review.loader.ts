import {
  AdministrativeMatter, APPEARED_ROLES, AppearedRole, calendarDateIn, CORRECTING_DECISIONS, DEFAULT_TIME_ZONE, LawsuitOutcome,
  PerformanceResult, REVIEW_DECISIONS, ReviewChannel, ReviewDecision,
} from '@casetrack/contracts';
import { HttpClient } from '../../tests/support/http-client';
import { AreaLoader, ExpectedFigures, LoadContext } from './area-loader';
import { rateFigures } from './compare';
import { postIdempotent, runPool } from './http-pool';
import { apportion, Prng, scaled } from './prng';

/** The 2019 figures of the seed: 全年受理复议59件，审结56件 … 协调办理行政诉讼案件477件，区政府领导出庭应诉2次，区级部门负责人出庭应诉62次，出庭应诉率33.33%。 */
const ACCEPTED = 59;
const CONCLUDED = 56;
const FILED = 477;
const GOVERNMENT_LEADER_APPEARANCES = 2;
const HEAD_APPEARANCES = 64;
/** …督促履行生效法院判决4件，督办司法建议17件。 */
const JUDGMENTS_SUPERVISED = 4;
const SUGGESTIONS_SUPERVISED = 17;
/** Not in the seed: judicial suggestions the agency answered before the office supervised them (received, never supervised). */
const SUGGESTIONS_UNSUPERVISED = 2;
/** Not in the seed: the denominator of 33.33% (64/192). */
const HEARINGS = 192;
/**
 * Not in the seed; chosen so the year has every kind of review: accepted in November 2018 and
 * decided in 2019 (one of them after its deadline), extended once, refused, still open on
 * 31 December with the deadline in 2020, and one still open past its deadline.
 */
const CARRIED_OVER = 5;
const REJECTED = 7;
const EXTENDED = 4;

/** Decisions of the 56 conclusions; four of them correct the agency (10 of 56). */
const DECISION_WEIGHTS: Record<ReviewDecision, number> = {
  upheld: 22, revoked: 4, altered: 1, 'confirmed-illegal': 3, 'ordered-to-perform': 2, dismissed: 10, terminated: 11, settled: 3,
};

const DISTRICT_GOVERNMENT = '重庆市沙坪坝区人民政府';
const AGENCIES = [
  '重庆市沙坪坝区市场监督管理局', '重庆市沙坪坝区人力资源和社会保障局', '重庆市沙坪坝区规划和自然资源局', '重庆市沙坪坝区住房和城乡建设委员会',
  '重庆市沙坪坝区城市管理局', '重庆市沙坪坝区生态环境局', '重庆市沙坪坝区卫生健康委员会', '重庆市沙坪坝区教育委员会',
  '重庆市公安局沙坪坝区分局', '重庆市沙坪坝区应急管理局', '重庆市沙坪坝区小龙坎街道办事处', '重庆市沙坪坝区井口镇人民政府',
];
const COURTS = ['重庆铁路运输法院', '重庆市沙坪坝区人民法院', '重庆市第一中级人民法院'];
const REJECTION_REASONS = ['超过法定申请期限', '不属于行政复议受理范围', '申请人与被申请行政行为无利害关系', '已向人民法院提起行政诉讼'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴'];
const GIVEN = ['伟', '芳', '敏', '静', '强', '磊', '军', '杰', '建华', '海燕'];

const MATTERS: readonly (readonly [AdministrativeMatter, number])[] = [
  ['penalty', 40], ['coercive-measure', 12], ['licensing', 10], ['information-disclosure', 18], ['inaction', 12], ['other', 8],
];

const DAY_MS = 86_400_000;
const YEAR_START = Date.parse('2019-01-01T00:00:00+08:00');

/** Day `day` of 2019 (1 = 1 January; 0 and below reach back into 2018) at hh:mm, written with +08:00. */
function at(day: number, minuteOfDay: number): string {
  const local = new Date(YEAR_START + (day - 1) * DAY_MS + minuteOfDay * 60_000 + 8 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

const office = (prng: Prng) => prng.int(9 * 60, 16 * 60);
const in2019 = (t: string | undefined) => t !== undefined && calendarDateIn(DEFAULT_TIME_ZONE, t).year === 2019;

type ReviewFate = 'carried-over' | 'decided' | 'open' | 'rejected';

/**
 * The day a review of this fate is accepted: in November 2018 when carried over into 2019 (due in
 * January); early enough to be decided within 2019, extension included; and for the open ones, the
 * first early enough to be past due by 31 December, the others late enough to be due in 2020.
 */
function acceptanceDay(prng: Prng, fate: ReviewFate, k: number): number {
  switch (fate) {
    case 'carried-over':
      return prng.int(-58, -40);
    case 'decided':
      return prng.int(6, 270);
    case 'open':
      return k === 0 ? prng.int(220, 290) : prng.int(306, 362);
    case 'rejected':
      return 0; // never accepted
  }
}

export interface ReviewPlan {
  fate: ReviewFate;
  receive: { receivedAt: string; channel: ReviewChannel; respondentAgency: string; matter: AdministrativeMatter; applicantName?: string };
  accept?: { acceptedAt: string };
  reject?: { rejectedAt: string; reason: string };
  extend?: { extendedAt: string; days: number };
  decide?: { decidedAt: string; decision: ReviewDecision };
}

/**
 * The reviews of the year, deterministic for a scale. Days count in whole local days: a review
 * accepted on day a is due at the end of day a + 60 (a + 60 + days once extended), so a decision on
 * a later day is late. The 2019 acceptances and conclusions are exactly the (scaled) seed figures.
 */
export function planReviews(scale: number): ReviewPlan[] {
  const prng = new Prng(`admin-review-2019-${scale}`);
  const accepted = scaled(ACCEPTED, scale);
  const concluded = Math.min(scaled(CONCLUDED, scale), accepted);
  const carriedOver = Math.min(scaled(CARRIED_OVER, scale), concluded);
  const decided = concluded - carriedOver; // accepted and decided in 2019
  const extended = Math.min(scaled(EXTENDED, scale), decided);
  const fates: ReviewFate[] = [
    ...Array<ReviewFate>(carriedOver).fill('carried-over'),
    ...Array<ReviewFate>(decided).fill('decided'),
    ...Array<ReviewFate>(accepted - decided).fill('open'), // at least 1: concluded ≤ accepted and carriedOver ≥ 1
    ...Array<ReviewFate>(scaled(REJECTED, scale)).fill('rejected'),
  ];
  const counts = apportion(concluded, REVIEW_DECISIONS.map((d) => DECISION_WEIGHTS[d]));
  const decisions = prng.shuffle(REVIEW_DECISIONS.flatMap((d, i) => Array<ReviewDecision>(counts[i]).fill(d)));
  const seen: Record<ReviewFate, number> = { 'carried-over': 0, decided: 0, open: 0, rejected: 0 };

  return fates.map((fate): ReviewPlan => {
    const k = seen[fate]++;
    const a = acceptanceDay(prng, fate, k);
    const receivedDay = fate === 'rejected' ? prng.int(1, 355) : a - prng.int(1, fate === 'open' ? 3 : 5);
    const plan: ReviewPlan = {
      fate,
      receive: {
        receivedAt: at(receivedDay, office(prng)),
        channel: prng.weighted<ReviewChannel>([['online', 50], ['in-person', 35], ['mail', 15]]), // online: the national review platform
        respondentAgency: prng.pick(AGENCIES),
        matter: prng.weighted(MATTERS),
        ...(prng.next() < 0.5 ? { applicantName: prng.pick(SURNAMES) + prng.pick(GIVEN) } : {}),
      },
    };
    if (fate === 'rejected') return { ...plan, reject: { rejectedAt: at(receivedDay + prng.int(1, 5), office(prng)), reason: prng.pick(REJECTION_REASONS) } };
    plan.accept = { acceptedAt: at(a, office(prng)) };
    if (fate === 'open') return plan;
    const due = a + 60;
    let decidedDay: number;
    if (fate === 'carried-over') decidedDay = k === 0 ? due + prng.int(2, 6) : prng.int(1, due); // the first is decided late
    else if (k < extended) {
      const days = prng.int(15, 30);
      plan.extend = { extendedAt: at(a + prng.int(45, 58), office(prng)), days };
      decidedDay = prng.int(due + 1, due + days); // after the first deadline, within the extended one
    } else decidedDay = prng.int(a + 20, due);
    plan.decide = { decidedAt: at(decidedDay, office(prng)), decision: decisions.pop()! };
    return plan;
  });
}

export interface SuggestionPlan {
  receive: { receivedAt: string; court: string };
  supervise?: { supervisedAt: string };
  answer?: { answeredAt: string };
}

export interface LawsuitPlan {
  file: { filedAt: string; defendantAgency: string; court: string; matter: AdministrativeMatter };
  hearing?: { heldAt: string; headAppeared: boolean; appearedRole?: AppearedRole };
  judgment?: { decidedAt: string; outcome: LawsuitOutcome };
  performance?: { start: { judgmentEffectiveAt: string; startedAt: string }; conclude?: { concludedAt: string; result: PerformanceResult } };
  suggestions?: SuggestionPlan[];
}

/** The day of 2019 a planned time falls on (1 = 1 January), as `at` counts. */
const dayOf = (t: string) => Math.floor((Date.parse(t) - YEAR_START) / DAY_MS) + 1;

/**
 * The follow-up of the year's lawsuits, drawn from its own PRNG so the lawsuits themselves do not
 * change: the (scaled) supervised performances of judgments (not of withdrawals), the judgment
 * effective 15–20 days after it and the supervision starting within days, most of them concluded;
 * and the (scaled) supervised judicial suggestions, plus a few answered unsupervised, one lawsuit
 * bringing two. Every start, receipt and supervision falls in 2019.
 */
function planFollowUp(plans: LawsuitPlan[], scale: number): void {
  const prng = new Prng(`litigation-follow-up-2019-${scale}`);
  const judged = prng.shuffle(plans.filter((p) => p.judgment && p.judgment.outcome !== 'withdrawn' && dayOf(p.judgment.decidedAt) <= 330));
  for (const p of judged.slice(0, scaled(JUDGMENTS_SUPERVISED, scale))) {
    const effective = dayOf(p.judgment!.decidedAt) + prng.int(15, 20);
    const started = effective + prng.int(1, 5);
    p.performance = { start: { judgmentEffectiveAt: at(effective, 0), startedAt: at(started, office(prng)) } };
    if (prng.next() < 0.75)
      p.performance.conclude = { concludedAt: at(started + prng.int(10, 40), office(prng)), result: prng.weighted<PerformanceResult>([['performed', 8], ['enforced', 1], ['other', 1]]) };
  }
  const supervised = scaled(SUGGESTIONS_SUPERVISED, scale);
  const count = supervised + scaled(SUGGESTIONS_UNSUPERVISED, scale);
  const early = prng.shuffle(plans.filter((p) => dayOf(p.file.filedAt) <= 250));
  // The first lawsuit brings two suggestions (when there are enough); the others one each.
  const hosts = count > 1 && early.length > 0 ? [early[0], ...early.slice(0, count - 1)] : early.slice(0, count);
  hosts.forEach((p, k) => {
    const received = dayOf(p.file.filedAt) + prng.int(20, 90);
    const s: SuggestionPlan = { receive: { receivedAt: at(received, office(prng)), court: p.file.court } };
    if (k < supervised) {
      const on = received + prng.int(1, 7);
      s.supervise = { supervisedAt: at(on, office(prng)) };
      if (prng.next() < 0.8) s.answer = { answeredAt: at(on + prng.int(10, 45), office(prng)) };
    } else s.answer = { answeredAt: at(received + prng.int(5, 20), office(prng)) };
    (p.suggestions ??= []).push(s);
  });
}

/**
 * The lawsuits of the year, deterministic for a scale: the (scaled) filings, one 2019 hearing for
 * as many of them as the hearings figure, the heads appearing at the (scaled) number of them —
 * district government leaders in lawsuits against the district government — and some judgments.
 */
export function planLawsuits(scale: number): LawsuitPlan[] {
  const plans = planFilings(scale);
  planFollowUp(plans, scale);
  return plans;
}

function planFilings(scale: number): LawsuitPlan[] {
  const prng = new Prng(`litigation-2019-${scale}`);
  const filed = scaled(FILED, scale);
  const hearings = Math.min(scaled(HEARINGS, scale), filed);
  const appearances = Math.min(scaled(HEAD_APPEARANCES, scale), hearings);
  const leaders = Math.min(GOVERNMENT_LEADER_APPEARANCES, appearances);
  const roles = prng.shuffle<AppearedRole | null>([
    ...Array<AppearedRole>(leaders).fill('government-leader'),
    ...Array<AppearedRole>(appearances - leaders).fill('agency-head'),
    ...Array<null>(hearings - appearances).fill(null),
  ]);
  return Array.from({ length: filed }, (_, i): LawsuitPlan => {
    const role = i < hearings ? roles[i] : undefined;
    const filedDay = i < hearings ? prng.int(1, 300) : prng.int(1, 365);
    const plan: LawsuitPlan = {
      file: {
        filedAt: at(filedDay, office(prng)),
        defendantAgency: role === 'government-leader' || prng.next() < 0.1 ? DISTRICT_GOVERNMENT : prng.pick(AGENCIES),
        court: prng.pick(COURTS),
        matter: prng.weighted(MATTERS),
      },
    };
    if (role === undefined) {
      // Some lawsuits without a hearing end early, withdrawn by the plaintiff.
      if (filedDay <= 300 && prng.next() < 0.2) plan.judgment = { decidedAt: at(filedDay + prng.int(10, 40), office(prng)), outcome: 'withdrawn' };
      return plan;
    }
    const heldDay = filedDay + prng.int(20, 60);
    plan.hearing = { heldAt: at(heldDay, office(prng)), headAppeared: role !== null, ...(role ? { appearedRole: role } : {}) };
    if (heldDay <= 330 && prng.next() < 0.55) {
      const outcome = prng.weighted<LawsuitOutcome>([['upheld', 30], ['dismissed', 35], ['revoked', 8], ['settled', 7], ['other', 5]]);
      plan.judgment = { decidedAt: at(heldDay + prng.int(10, 30), office(prng)), outcome };
    }
    return plan;
  });
}

/** Sends one review or lawsuit's steps in order (each carries its own Idempotency-Key), counting progress. */
function poster(ctx: LoadContext, area: string, total: number) {
  const http = new HttpClient(ctx.baseUrl, ctx.headers);
  let done = 0;
  return async (path: string, body: unknown, n: number, step: string) => {
    const res = await postIdempotent(http, path, body, `${ctx.runId}:admin-review:${n}:${step}`);
    ctx.progress(area, ++done, total);
    return res;
  };
}

/** 行政复议 in 2019: every application through the public API, then its acceptance or refusal, extension and decision. */
export const adminReviewLoader: AreaLoader = {
  area: 'administrative-review',
  sectionKey: 'administrativeReview',

  expected(scale: number): ExpectedFigures {
    const plans = planReviews(scale);
    const count = (f: (p: ReviewPlan) => boolean) => plans.filter(f).length;
    const conclusions = plans.filter((p) => in2019(p.decide?.decidedAt));
    const byDecision = Object.fromEntries(REVIEW_DECISIONS.map((d) => [`byDecision.${d}`, conclusions.filter((p) => p.decide!.decision === d).length]));
    const corrected = conclusions.filter((p) => CORRECTING_DECISIONS.includes(p.decide!.decision)).length;
    const yearEnd = Date.parse('2020-01-01T00:00:00+08:00');
    const dueDay = (p: ReviewPlan) => Math.floor((Date.parse(p.accept!.acceptedAt) - YEAR_START) / DAY_MS) + 1 + 60 + (p.extend?.days ?? 0);
    return {
      received: count((p) => in2019(p.receive.receivedAt)),
      accepted: count((p) => in2019(p.accept?.acceptedAt)),
      rejected: count((p) => in2019(p.reject?.rejectedAt)),
      extended: count((p) => in2019(p.extend?.extendedAt)),
      concluded: conclusions.length,
      ...byDecision,
      ...rateFigures('correctionRate', corrected, conclusions.length),
      decidedLate: conclusions.filter((p) => Date.parse(p.decide!.decidedAt) >= YEAR_START + dueDay(p) * DAY_MS).length,
      // Accepted, undecided on 31 December, and due on or before that day (day 365).
      openPastDueAtYearEnd: count((p) => p.accept !== undefined && dueDay(p) <= 365 && (!p.decide || Date.parse(p.decide.decidedAt) >= yearEnd)),
    };
  },

  async load(ctx: LoadContext): Promise<void> {
    const plans = planReviews(ctx.scale);
    const total = plans.reduce((s, p) => s + 1 + [p.accept, p.reject, p.extend, p.decide].filter(Boolean).length, 0);
    const post = poster(ctx, 'administrative-review', total);
    await runPool(plans, ctx.concurrency, async (p, n) => {
      const id = (await post('/v1/reviews', p.receive, n, 'receive')).body.id as string;
      if (p.reject) await post(`/v1/reviews/${id}/rejection`, p.reject, n, 'reject');
      if (p.accept) await post(`/v1/reviews/${id}/acceptance`, p.accept, n, 'accept');
      if (p.extend) await post(`/v1/reviews/${id}/extension`, p.extend, n, 'extend');
      if (p.decide) await post(`/v1/reviews/${id}/decision`, p.decide, n, 'decide');
    });
  },
};

/**
 * 行政应诉 in 2019: every lawsuit against a district agency, its hearing (with or without the head)
 * and judgment, then the follow-up: supervised performances of judgments and judicial suggestions.
 */
export const litigationLoader: AreaLoader = {
  area: 'litigation',
  sectionKey: 'litigation',

  expected(scale: number): ExpectedFigures {
    const plans = planLawsuits(scale);
    const held = plans.filter((p) => in2019(p.hearing?.heldAt));
    const byRole = Object.fromEntries(APPEARED_ROLES.map((r) => [`byRole.${r}`, held.filter((p) => p.hearing!.appearedRole === r).length]));
    const appearances = held.filter((p) => p.hearing!.headAppeared).length;
    const suggestions = plans.flatMap((p) => p.suggestions ?? []);
    return {
      filed: plans.filter((p) => in2019(p.file.filedAt)).length,
      hearings: held.length,
      headAppearances: appearances,
      ...byRole,
      ...rateFigures('appearanceRate', appearances, held.length),
      judged: plans.filter((p) => in2019(p.judgment?.decidedAt)).length,
      judgmentsSupervised: plans.filter((p) => in2019(p.performance?.start.startedAt)).length,
      supervisionsConcluded: plans.filter((p) => in2019(p.performance?.conclude?.concludedAt)).length,
      suggestionsReceived: suggestions.filter((s) => in2019(s.receive.receivedAt)).length,
      suggestionsSupervised: suggestions.filter((s) => in2019(s.supervise?.supervisedAt)).length,
      suggestionsAnswered: suggestions.filter((s) => in2019(s.answer?.answeredAt)).length,
    };
  },

  async load(ctx: LoadContext): Promise<void> {
    const plans = planLawsuits(ctx.scale);
    const steps = (p: LawsuitPlan) =>
      1 + [p.hearing, p.judgment, p.performance, p.performance?.conclude].filter(Boolean).length +
      (p.suggestions ?? []).reduce((s, x) => s + 1 + [x.supervise, x.answer].filter(Boolean).length, 0);
    const total = plans.reduce((s, p) => s + steps(p), 0);
    const post = poster(ctx, 'litigation', total);
    await runPool(plans, ctx.concurrency, async (p, n) => {
      const id = (await post('/v1/lawsuits', p.file, n, 'file')).body.id as string;
      if (p.hearing) await post(`/v1/lawsuits/${id}/hearings`, p.hearing, n, 'hearing');
      if (p.judgment) await post(`/v1/lawsuits/${id}/judgment`, p.judgment, n, 'judgment');
      if (p.performance) await post(`/v1/lawsuits/${id}/performance-supervision`, p.performance.start, n, 'performance');
      if (p.performance?.conclude) await post(`/v1/lawsuits/${id}/performance-supervision/conclusion`, p.performance.conclude, n, 'performance-conclusion');
      for (const [k, s] of (p.suggestions ?? []).entries()) {
        const sid = (await post(`/v1/lawsuits/${id}/judicial-suggestions`, s.receive, n, `suggestion-${k}`)).body.id as string;
        if (s.supervise) await post(`/v1/lawsuits/${id}/judicial-suggestions/${sid}/supervision`, s.supervise, n, `suggestion-${k}-supervision`);
        if (s.answer) await post(`/v1/lawsuits/${id}/judicial-suggestions/${sid}/answer`, s.answer, n, `suggestion-${k}-answer`);
      }
    });
  },
};
