import {
  ApplicantGroup, calendarDateIn, DEFAULT_TIME_ZONE, daysToAcceptance, LegalAidCaseType, LegalAidChannel, LegalAidMatter,
  LegalAidRejectionReason, LegalAidResult,
} from '@casetrack/contracts';
import { idNumberCheckChar } from '@casetrack/platform';
import { moneyFigures } from '../../apps/reporting/src/annual-report/money';
import { HttpClient } from '../../tests/support/http-client';
import { AreaLoader, ExpectedFigures, LoadContext } from './area-loader';
import { postIdempotent, runPool } from './http-pool';
import { apportion, Prng, scaled } from './prng';

/** The 2019 figures of the seed: 受理援助案件578件，挽回损失或取得利益225.75万元。 */
const ACCEPTED = 578;
const BENEFIT_FEN = 225_750_000;
/**
 * Not in the seed; chosen so the year has every kind of case: closed in 2019 (some applied in late
 * December 2018), assigned but still open at year end, accepted but not yet assigned, refused, and
 * applications still undecided on 31 December.
 */
const CLOSED = 436;
const CROSS_YEAR = 14;
const OPEN_ASSIGNED = 96;
const REJECTED = 47;
const UNDECIDED = 23;

const RESULTS: readonly (readonly [LegalAidResult, number])[] = [['won', 46], ['partly-won', 20], ['settled', 22], ['lost', 7], ['terminated', 5]];
/** Results after which the client obtained money; the others close with benefitFen 0. */
const WITH_BENEFIT = new Set<LegalAidResult>(['won', 'partly-won', 'settled']);

type Fate = 'closed' | 'open' | 'unassigned' | 'rejected' | 'undecided';

export interface LegalAidCasePlan {
  fate: Fate;
  apply: {
    applicantGroups: ApplicantGroup[];
    caseType: LegalAidCaseType;
    matter: LegalAidMatter;
    channel: LegalAidChannel;
    appliedAt: string;
    greenChannel: boolean;
    applicantName?: string;
    applicantIdNumber?: string;
  };
  accept?: { acceptedAt: string };
  reject?: { rejectedAt: string; reason: LegalAidRejectionReason };
  assign?: { assignedAt: string; lawFirm: string; lawyer?: string };
  close?: { closedAt: string; result: LegalAidResult; benefitFen: number };
}

const DAY_MS = 86_400_000;
const YEAR_START = Date.parse('2019-01-01T00:00:00+08:00');

/** Day `day` of 2019 (1 = 1 January; 0 and below reach back into 2018) at hh:mm, written with +08:00. */
function at(day: number, minuteOfDay: number): string {
  const local = new Date(YEAR_START + (day - 1) * DAY_MS + minuteOfDay * 60_000 + 8 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

/** Minutes after `from` (a +08:00 timestamp), written with +08:00. */
function later(from: string, minutes: number): string {
  const local = new Date(Date.parse(from) + minutes * 60_000 + 8 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

const office = (prng: Prng) => prng.int(9 * 60, 16 * 60);

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '胡', '朱', '郭', '何', '罗', '谭', '欧阳'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '建华', '小红', '志强', '海燕'];
const LAW_FIRMS = ['重庆渝援律师事务所', '重庆沙磁律师事务所', '重庆歌乐律师事务所', '重庆嘉陵律师事务所', '重庆三峡广场律师事务所', '重庆西永律师事务所'];

/** Groups: the seed stresses 农民工 and 未成年人, so they are the most frequent; some applicants belong to two. */
function groupsOf(prng: Prng): ApplicantGroup[] {
  const first = prng.weighted<ApplicantGroup>([
    ['migrant-worker', 36], ['minor', 18], ['elderly', 10], ['disabled', 6], ['woman', 10], ['veteran', 2], ['low-income', 12], ['other', 6],
  ]);
  if (prng.next() >= 0.22) return [first];
  const second = prng.weighted<ApplicantGroup>([['low-income', 4], ['woman', 3], ['disabled', 2], ['elderly', 1]]);
  return second === first ? [first] : [first, second];
}

function matterOf(prng: Prng, group: ApplicantGroup): LegalAidMatter {
  if (group === 'migrant-worker') return prng.weighted<LegalAidMatter>([['wage-arrears', 62], ['work-injury', 30], ['traffic', 4], ['other', 4]]);
  if (group === 'minor') return prng.weighted<LegalAidMatter>([['criminal-defence', 40], ['family', 38], ['traffic', 10], ['medical', 4], ['other', 8]]);
  return prng.weighted<LegalAidMatter>([['family', 30], ['traffic', 18], ['medical', 12], ['wage-arrears', 10], ['criminal-defence', 10], ['work-injury', 6], ['other', 14]]);
}

function caseTypeOf(prng: Prng, matter: LegalAidMatter): LegalAidCaseType {
  if (matter === 'criminal-defence') return 'criminal';
  if (matter === 'wage-arrears') return prng.weighted<LegalAidCaseType>([['non-litigation', 45], ['civil', 55]]); // labour arbitration or a lawsuit
  return prng.weighted<LegalAidCaseType>([['civil', 84], ['administrative', 8], ['non-litigation', 8]]);
}

/** A fictitious applicant with a well-formed identity number (district 500106, a birth date fitting the group). */
function applicant(prng: Prng, group: ApplicantGroup): { applicantName: string; applicantIdNumber: string } {
  const birthYear = group === 'minor' ? prng.int(2003, 2012) : group === 'elderly' ? prng.int(1935, 1959) : prng.int(1962, 2000);
  const birth = `${birthYear}${String(prng.int(1, 12)).padStart(2, '0')}${String(prng.int(1, 28)).padStart(2, '0')}`;
  const first17 = `500106${birth}${String(prng.int(0, 999)).padStart(3, '0')}`;
  return { applicantName: prng.pick(SURNAMES) + prng.pick(GIVEN), applicantIdNumber: first17 + idNumberCheckChar(first17) };
}

/** What the money split weighs: wage and injury claims bring more than family matters; defence brings none. */
const BENEFIT_WEIGHT: Record<LegalAidMatter, [number, number]> = {
  'wage-arrears': [20, 120], 'work-injury': [60, 300], traffic: [50, 250], medical: [40, 200], family: [5, 60], other: [5, 40], 'criminal-defence': [0, 0],
};

/**
 * The whole year, deterministic for a scale: every case, its fate and its dates. The benefit of
 * the closures is the (scaled) seed total split by integer apportionment, so it sums to it exactly.
 */
export function planLegalAidYear(scale: number): LegalAidCasePlan[] {
  const prng = new Prng(`legal-aid-2019-${scale}`);
  const accepted = scaled(ACCEPTED, scale);
  const closed = Math.min(scaled(CLOSED, scale), accepted);
  const open = Math.min(scaled(OPEN_ASSIGNED, scale), accepted - closed);
  const crossYear = Math.min(scaled(CROSS_YEAR, scale), closed);
  const fates: Fate[] = [
    ...Array<Fate>(closed).fill('closed'),
    ...Array<Fate>(open).fill('open'),
    ...Array<Fate>(accepted - closed - open).fill('unassigned'),
    ...Array<Fate>(scaled(REJECTED, scale)).fill('rejected'),
    ...Array<Fate>(scaled(UNDECIDED, scale)).fill('undecided'),
  ];
  const counts = apportion(closed, RESULTS.map(([, w]) => w));
  const results = prng.shuffle(RESULTS.flatMap(([r], i) => Array<LegalAidResult>(counts[i]).fill(r)));

  const plans = fates.map((fate, i): LegalAidCasePlan => {
    const applicantGroups = groupsOf(prng);
    const matter = matterOf(prng, applicantGroups[0]);
    const greenChannel = (matter === 'wage-arrears' || matter === 'work-injury' || applicantGroups.includes('minor')) && prng.next() < 0.35;
    // Applied early enough for the fate to fit in 2019; closed ones from late December 2018 on.
    const [from, to] = { closed: [1, 240], open: [200, 330], unassigned: [300, 350], rejected: [1, 340], undecided: [355, 364] }[fate];
    const appliedAt = fate === 'closed' && i < crossYear ? at(prng.int(-9, -1), office(prng)) : at(prng.int(from, to), office(prng));
    const plan: LegalAidCasePlan = {
      fate,
      apply: {
        applicantGroups, matter, caseType: caseTypeOf(prng, matter), greenChannel, appliedAt,
        channel: prng.weighted<LegalAidChannel>([['walk-in', 45], ['hotline-12348', 25], ['online', 15], ['referral', 15]]),
        ...(prng.next() < 0.6 ? applicant(prng, applicantGroups[0]) : {}),
      },
    };
    if (fate === 'undecided') return plan;
    if (fate === 'rejected') {
      const reason = prng.weighted<LegalAidRejectionReason>([['means-test', 45], ['outside-scope', 30], ['no-merit', 15], ['other', 10]]);
      return { ...plan, reject: { rejectedAt: later(appliedAt, prng.int(1, 10) * 1440), reason } };
    }
    // Green channel: accepted the same day. Otherwise within a week (sometimes the same day too).
    const acceptedAt = greenChannel ? later(appliedAt, prng.int(20, 240)) : later(appliedAt, prng.weighted<number>([[0, 1], [1, 3], [2, 4], [3, 4], [5, 3], [7, 2]]) * 1440 + prng.int(0, 120));
    // Cases applied for in December 2018 are accepted in the first days of January 2019.
    plan.accept = { acceptedAt: Date.parse(acceptedAt) < YEAR_START ? at(prng.int(2, 4), office(prng)) : acceptedAt };
    if (fate === 'unassigned') return plan;
    const assignedAt = later(plan.accept.acceptedAt, prng.int(1, 5) * 1440);
    plan.assign = { assignedAt, lawFirm: prng.pick(LAW_FIRMS), ...(prng.next() < 0.5 ? { lawyer: prng.pick(SURNAMES) + prng.pick(GIVEN) } : {}) };
    if (fate === 'open') return plan;
    plan.close = { closedAt: later(assignedAt, prng.int(15, 90) * 1440), result: results.pop()!, benefitFen: 0 };
    return plan;
  });

  const closures = plans.filter((p) => p.close);
  const weights = closures.map((p) => {
    const [min, max] = BENEFIT_WEIGHT[p.apply.matter];
    return WITH_BENEFIT.has(p.close!.result) ? prng.int(min, max) : 0;
  });
  if (weights.length > 0 && !weights.some((w) => w > 0)) weights[0] = 1; // a tiny scale still carries the money somewhere
  const target = scale >= 1 ? BENEFIT_FEN : scaled(BENEFIT_FEN, scale);
  const split = apportion(target, weights);
  closures.forEach((p, i) => (p.close!.benefitFen = split[i]));
  return plans;
}

/** The median of whole numbers (mean of the two middle ones for an even count), or null for none. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)] + s[Math.floor(s.length / 2)]) / 2;
}

/** 法律援助 in 2019: every application through the public API, then its acceptance or refusal, assignment and closure. */
export const legalAidLoader: AreaLoader = {
  area: 'legal-aid',
  sectionKey: 'legalAid',

  expected(scale: number): ExpectedFigures {
    const plans = planLegalAidYear(scale);
    const in2019 = (t: string | undefined) => t !== undefined && calendarDateIn(DEFAULT_TIME_ZONE, t).year === 2019;
    const count = (f: (p: LegalAidCasePlan) => boolean) => plans.filter(f).length;
    const acceptances = plans.filter((p) => in2019(p.accept?.acceptedAt));
    const benefitFen = plans.filter((p) => in2019(p.close?.closedAt)).reduce((s, p) => s + BigInt(p.close!.benefitFen), 0n);
    return {
      applied: count((p) => in2019(p.apply.appliedAt)),
      accepted: acceptances.length,
      rejected: count((p) => in2019(p.reject?.rejectedAt)),
      assigned: count((p) => in2019(p.assign?.assignedAt)),
      closed: count((p) => in2019(p.close?.closedAt)),
      ...moneyFigures('benefit', benefitFen),
      medianDaysToAcceptance: median(acceptances.map((p) => daysToAcceptance(DEFAULT_TIME_ZONE, p.apply.appliedAt, p.accept!.acceptedAt))),
    };
  },

  async load(ctx: LoadContext): Promise<void> {
    const http = new HttpClient(ctx.baseUrl, ctx.headers);
    const plans = planLegalAidYear(ctx.scale);
    const steps = (p: LegalAidCasePlan) => 1 + [p.accept, p.reject, p.assign, p.close].filter(Boolean).length;
    const total = plans.reduce((s, p) => s + steps(p), 0);
    let done = 0;
    const post = async (path: string, body: unknown, n: number, step: string) => {
      const res = await postIdempotent(http, path, body, `${ctx.runId}:legal-aid:${n}:${step}`);
      ctx.progress('legal-aid', ++done, total);
      return res;
    };
    await runPool(plans, ctx.concurrency, async (p, n) => {
      const id = (await post('/v1/cases', p.apply, n, 'apply')).body.id as string;
      if (p.reject) await post(`/v1/cases/${id}/rejection`, p.reject, n, 'reject');
      if (p.accept) await post(`/v1/cases/${id}/acceptance`, p.accept, n, 'accept');
      if (p.assign) await post(`/v1/cases/${id}/assignment`, p.assign, n, 'assign');
      if (p.close) await post(`/v1/cases/${id}/closure`, p.close, n, 'close');
    });
  },
};
