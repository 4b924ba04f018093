import { calendarDateIn, CommitteeField, CommitteeKind, DEFAULT_TIME_ZONE, DISPUTE_CATEGORIES, DisputeCategory, DisputeSource } from '@casetrack/contracts';
import { HttpClient } from '../../tests/support/http-client';
import { AreaLoader, ExpectedFigures, LoadContext } from './area-loader';
import { postIdempotent, runPool } from './http-pool';
import { apportion, Prng, scaled } from './prng';

/** Shapingba's committees as the seed describes them (11 professional, 26 linked rooms), plus local ones. */
const PROFESSIONAL: [string, CommitteeField][] = [
  ['医疗纠纷人民调解委员会', 'medical'],
  ['道路交通事故纠纷人民调解委员会', 'traffic'],
  ['生态环境纠纷人民调解委员会', 'environment'],
  ['劳动争议人民调解委员会', 'labour'],
  ['物业纠纷人民调解委员会', 'property'],
  ['婚姻家庭纠纷人民调解委员会', 'family'],
  ['消费纠纷人民调解委员会', 'consumer'],
  ['建设工程纠纷人民调解委员会', 'other'],
  ['金融纠纷人民调解委员会', 'other'],
  ['知识产权纠纷人民调解委员会', 'other'],
  ['旅游纠纷人民调解委员会', 'consumer'],
];
const POLICE_STATIONS = 23;
const TOWNSHIPS = 26;
const COMMUNITIES = 60;

/** The 2019 figures of the seed: 全年共调解纠纷8428件，成功8175件。 */
const MEDIATED = 8428;
const SUCCEEDED = 8175;
/** Not in the seed; chosen so the year has every kind of case (still open at year end, withdrawn). */
const OPEN_AT_YEAR_END = 140;
const WITHDRAWN = 45;

interface CommitteePlan {
  code: string;
  name: string;
  kind: CommitteeKind;
  field?: CommitteeField;
}

interface DisputePlan {
  committee: string;
  category: DisputeCategory;
  source: DisputeSource;
  receivedAt: string;
  partyCount: number;
  outcome: { kind: 'conclude'; result: 'success' | 'failure'; at: string; agreement?: 'written' | 'oral' } | { kind: 'withdraw'; at: string } | null;
}

function committees(runId: string): CommitteePlan[] {
  const code = (s: string) => `${runId}.${s}`;
  const plans: CommitteePlan[] = PROFESSIONAL.map(([name, field], i) => ({ code: code(`PRO-${String(i + 1).padStart(2, '0')}`), name: `沙坪坝区${name}`, kind: 'professional', field }));
  for (let i = 1; i <= POLICE_STATIONS; i++) plans.push({ code: code(`POL-${String(i).padStart(2, '0')}`), name: `驻派出所人民调解室${i}`, kind: 'police-station' });
  plans.push({ code: code('TRI-01'), name: '驻法庭人民调解室', kind: 'tribunal' });
  plans.push({ code: code('PET-01'), name: '区信访事项人民调解委员会', kind: 'petition' });
  plans.push({ code: code('CRT-01'), name: '区法院人民调解室', kind: 'court' });
  for (let i = 1; i <= TOWNSHIPS; i++) plans.push({ code: code(`TWN-${String(i).padStart(2, '0')}`), name: `镇街人民调解委员会${i}`, kind: 'township' });
  for (let i = 1; i <= COMMUNITIES; i++) plans.push({ code: code(`COM-${String(i).padStart(3, '0')}`), name: `村（社区）人民调解委员会${i}`, kind: 'community' });
  return plans;
}

const SOURCE_BY_KIND: Record<CommitteeKind, DisputeSource> = {
  'police-station': 'police-referral',
  tribunal: 'court-referral',
  court: 'court-referral',
  petition: 'petition-referral',
  professional: 'walk-in',
  township: 'walk-in',
  community: 'proactive',
};

const CATEGORY_BY_FIELD: Partial<Record<CommitteeField, DisputeCategory>> = {
  medical: 'medical', traffic: 'traffic', environment: 'environment', labour: 'labour', property: 'property', family: 'marriage-family', consumer: 'consumer',
};

/** Adds days to a +08:00 timestamp, keeping the +08:00 form. */
function shiftDays(at: string, days: number): string {
  const d = new Date(Date.parse(at) + days * 86_400_000 + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 19)}+08:00`;
}

/** The whole year, deterministic for a scale: every dispute, its committee and its outcome. */
export function planMediationYear(scale: number, runId: string): { committees: CommitteePlan[]; disputes: DisputePlan[] } {
  const prng = new Prng(`mediation-2019-${scale}`);
  const all = committees(runId);
  // Police-station rooms and community committees see most disputes, professional ones fewer.
  const weights = all.map((c) => ({ 'police-station': 6, community: 3, township: 4, professional: 3, tribunal: 5, court: 5, petition: 4 })[c.kind]);
  const mediated = scaled(MEDIATED, scale);
  const succeeded = scale >= 1 ? SUCCEEDED : Math.round((mediated * SUCCEEDED) / MEDIATED);
  const disputes: DisputePlan[] = [];
  const dispute = (outcome: DisputePlan['outcome'], receivedAt: string): DisputePlan => {
    const c = all[weightedIndex(prng, weights)];
    const category = c.field && CATEGORY_BY_FIELD[c.field] ? CATEGORY_BY_FIELD[c.field]! : prng.pick(DISPUTE_CATEGORIES);
    return { committee: c.code, category, source: SOURCE_BY_KIND[c.kind], receivedAt, partyCount: prng.weighted([[2, 8], [3, 2], [4, 1]]), outcome };
  };
  const [ok, failed] = apportion(mediated, [succeeded, mediated - succeeded]);
  const results = prng.shuffle([...Array<'success'>(ok).fill('success'), ...Array<'failure'>(failed).fill('failure')]);
  for (const result of results) {
    // Concluded in 2019; received up to 20 days earlier (early-January ones were received in 2018).
    const at = prng.instantIn(2019);
    const receivedAt = shiftDays(at, -prng.int(0, 20));
    disputes.push(dispute({ kind: 'conclude', result, at, agreement: result === 'success' ? prng.weighted([['written', 3], ['oral', 1]] as const) : undefined }, receivedAt));
  }
  for (let i = 0; i < scaled(WITHDRAWN, scale); i++) {
    const at = prng.instantIn(2019, 30, 360);
    disputes.push(dispute({ kind: 'withdraw', at }, shiftDays(at, -prng.int(1, 25))));
  }
  for (let i = 0; i < scaled(OPEN_AT_YEAR_END, scale); i++) disputes.push(dispute(null, prng.instantIn(2019, 340, 365)));
  return { committees: all, disputes };
}

function weightedIndex(prng: Prng, weights: number[]): number {
  return prng.weighted(weights.map((w, i) => [i, w] as const));
}

/** 人民调解 in 2019: Shapingba's committees, then every dispute registered and concluded or withdrawn. */
export const mediationLoader: AreaLoader = {
  area: 'mediation',
  sectionKey: 'mediation',

  expected(scale: number): ExpectedFigures {
    const { committees: cs, disputes } = planMediationYear(scale, 'x');
    const year = (at: string) => calendarDateIn(DEFAULT_TIME_ZONE, at).year;
    const count = (f: (d: DisputePlan) => boolean) => disputes.filter(f).length;
    const succeeded = count((d) => d.outcome?.kind === 'conclude' && d.outcome.result === 'success' && year(d.outcome.at) === 2019);
    const failed = count((d) => d.outcome?.kind === 'conclude' && d.outcome.result === 'failure' && year(d.outcome.at) === 2019);
    const figures: ExpectedFigures = {
      registered: count((d) => year(d.receivedAt) === 2019),
      mediated: succeeded + failed,
      succeeded,
      failed,
      withdrawn: count((d) => d.outcome?.kind === 'withdraw' && year(d.outcome.at) === 2019),
    };
    for (const kind of new Set(cs.map((c) => c.kind))) figures[`committeesByKind.${kind}`] = cs.filter((c) => c.kind === kind).length;
    return figures;
  },

  async load(ctx: LoadContext): Promise<void> {
    const http = new HttpClient(ctx.baseUrl, ctx.headers);
    const plan = planMediationYear(ctx.scale, ctx.runId);
    const total = plan.committees.length + plan.disputes.length + plan.disputes.filter((d) => d.outcome).length;
    let done = 0;
    const tick = () => ctx.progress('mediation', ++done, total);
    await runPool(plan.committees, ctx.concurrency, async (c) => {
      await postIdempotent(http, '/v1/committees', { ...c, establishedAt: '2018-01-01T00:00:00+08:00' }, `${ctx.runId}:mediation:committee:${c.code}`);
      tick();
    });
    await runPool(plan.disputes, ctx.concurrency, async (d, n) => {
      const { committee, outcome, ...rest } = d;
      const res = await postIdempotent(http, '/v1/disputes', { committeeCode: committee, ...rest }, `${ctx.runId}:mediation:${n}:register`);
      tick();
      if (!outcome) return;
      const id = res.body.id as string;
      if (outcome.kind === 'conclude') {
        const body = { result: outcome.result, concludedAt: outcome.at, ...(outcome.agreement ? { agreement: outcome.agreement } : {}) };
        await postIdempotent(http, `/v1/disputes/${id}/conclusion`, body, `${ctx.runId}:mediation:${n}:conclude`);
      } else {
        await postIdempotent(http, `/v1/disputes/${id}/withdrawal`, { withdrawnAt: outcome.at }, `${ctx.runId}:mediation:${n}:withdraw`);
      }
      tick();
    });
  },
};
