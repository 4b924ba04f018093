import { PANEL_ROLES, PanelRole, PenaltyType, PROBLEM_CATEGORIES, ProblemCategory, REVIEW_GRADES, ReviewGrade } from '@casetrack/contracts';
import { rate } from '../../apps/reporting/src/annual-report/rate';
import { HttpClient } from '../../tests/support/http-client';
import { AreaLoader, ExpectedFigures, LoadContext } from './area-loader';
import { postIdempotent, runPool } from './http-pool';
import { apportion, Prng, scaled } from './prng';

/** The seed: 对随机抽取的73宗行政处罚案卷进行集中评查. The pool size is not in the seed; 600 is our choice. */
const DRAWN = 73;
const POOL = 600;
/** Fixed, so every run draws the same files from the same pool. */
export const DRAW_SEED = '沙坪坝区2019年度行政处罚案卷评查-公开抽签';
const POOL_CHUNK = 250;
const NOTICE_AT = '2019-12-10T10:00:00+08:00';

/** 由人大代表、政协委员、法律顾问及专家学者组建评查组 (members by role; names stay out of the loader). */
const PANEL: Record<PanelRole, number> = { 'npc-deputy': 2, 'cppcc-member': 2, 'legal-adviser': 3, scholar: 2, official: 0 };

/** District agencies that impose penalties: name, document-number prefix, weight in the pool, penalty mix. */
const AGENCIES: [string, string, number, [PenaltyType, number][]][] = [
  ['沙坪坝区市场监督管理局', '沙市监处', 20, [['fine', 7], ['warning', 2], ['confiscation', 2], ['revocation', 1]]],
  ['沙坪坝区城市管理局', '沙城管罚', 16, [['fine', 8], ['warning', 3], ['confiscation', 1]]],
  ['重庆市公安局沙坪坝区分局', '沙公行罚', 14, [['fine', 5], ['detention', 4], ['warning', 3]]],
  ['重庆市沙坪坝区生态环境局', '沙环罚', 9, [['fine', 8], ['suspension', 1]]],
  ['沙坪坝区交通局', '沙交罚', 9, [['fine', 8], ['suspension', 1], ['revocation', 1]]],
  ['沙坪坝区应急管理局', '沙应急罚', 6, [['fine', 6], ['suspension', 2], ['warning', 1]]],
  ['沙坪坝区卫生健康委员会', '沙卫健罚', 7, [['fine', 5], ['warning', 3], ['revocation', 1]]],
  ['沙坪坝区文化和旅游发展委员会', '沙文旅罚', 6, [['fine', 5], ['warning', 3], ['confiscation', 1]]],
  ['沙坪坝区规划和自然资源局', '沙规资罚', 5, [['fine', 6], ['other', 1]]],
  ['沙坪坝区人力资源和社会保障局', '沙人社罚', 4, [['fine', 5], ['warning', 2]]],
  ['沙坪坝区住房和城乡建设委员会', '沙住建罚', 4, [['fine', 6], ['suspension', 1]]],
];

/** Weights of what reviewers find; procedure first, the 重实体、轻程序 weakness the seed names. */
const CATEGORY_WEIGHTS: [ProblemCategory, number][] = [
  ['procedure', 36], ['evidence', 18], ['documentation', 20], ['discretion', 12], ['law-application', 10], ['jurisdiction', 4],
];

const DESCRIPTIONS: Record<ProblemCategory, string[]> = {
  procedure: ['未履行事先告知程序，缺少陈述申辩记录', '未告知当事人听证权利', '立案审批晚于调查取证', '送达回证缺失或送达方式不当', '超过法定期限作出处罚决定'],
  evidence: ['现场检查笔录未经当事人签字确认', '证据材料未注明来源', '询问笔录内容与处罚事实不一致'],
  documentation: ['案卷装订顺序不规范', '文书编号缺失', '处罚决定书未加盖印章', '卷内目录与材料不符'],
  discretion: ['未说明自由裁量理由', '同类违法行为处罚幅度不一致'],
  'law-application': ['引用法律条款不具体', '适用已废止的规章条款'],
  jurisdiction: ['超越法定职权范围作出处罚'],
};

/** Grade bands the sample is drawn from: [grade, weight, lowest score, highest score]. */
const BANDS: [ReviewGrade, number, number, number][] = [
  ['excellent', 18, 90, 98],
  ['good', 47, 75, 89],
  ['pass', 26, 60, 74],
  ['fail', 9, 45, 59],
];
/** How many problems a file of each grade has, at least and at most. */
const PROBLEMS_BY_GRADE: Record<ReviewGrade, [number, number]> = { excellent: [0, 1], good: [1, 2], pass: [2, 3], fail: [3, 5] };

export interface PoolFilePlan {
  agency: string;
  fileNumber: string;
  penaltyType: PenaltyType;
  decidedAt: string;
}

export interface ReviewPlan {
  reviewedAt: string;
  score: number;
  problems: { category: ProblemCategory; description: string }[];
}

export interface FileReviewYearPlan {
  pool: PoolFilePlan[];
  sampleSize: number;
  /** One review per drawn file, applied in draw order: the figures do not depend on which files are drawn. */
  reviews: ReviewPlan[];
}

/** The 2019 campaign at a scale: the pool, the sample size and the reviews, the same every time. */
export function planFileReviewYear(scale: number): FileReviewYearPlan {
  const prng = new Prng(`file-review-2019@${scale}`);
  const poolSize = scaled(POOL, scale);
  const sampleSize = Math.min(poolSize, scaled(DRAWN, scale));
  const pool: PoolFilePlan[] = [];
  const counts = apportion(poolSize, AGENCIES.map(([, , w]) => w));
  AGENCIES.forEach(([agency, prefix, , penalties], a) => {
    for (let i = 0; i < counts[a]; i++)
      pool.push({
        agency,
        fileNumber: `${prefix}〔2019〕${17 + i * 3}号`,
        penaltyType: prng.weighted(penalties),
        // Decided in the first 200 days of 2019, before the review (autumn).
        decidedAt: prng.instantIn(2019, 1, 200),
      });
  });
  const reviews: ReviewPlan[] = [];
  for (let i = 0; i < sampleSize; i++) {
    const band = prng.weighted(BANDS.map((b) => [b, b[1]] as const));
    const [grade, , low, high] = band;
    const [fewest, most] = PROBLEMS_BY_GRADE[grade];
    const problems = Array.from({ length: prng.int(fewest, most) }, () => {
      const category = prng.weighted(CATEGORY_WEIGHTS);
      return { category, description: prng.pick(DESCRIPTIONS[category]) };
    });
    // 2019-09-02 … 2019-11-29, daytime +08:00: every review counts in 2019.
    reviews.push({ reviewedAt: prng.instantIn(2019, 245, 333), score: prng.int(low, high), problems });
  }
  return { pool, sampleSize, reviews };
}

const gradeOf = (score: number): ReviewGrade => (score >= 90 ? 'excellent' : score >= 75 ? 'good' : score >= 60 ? 'pass' : 'fail');

/** Mean rounded half up to 2 decimals, by integer arithmetic. */
const average = (sum: number, count: number) => (count === 0 ? null : Math.floor((sum * 200 + count) / (2 * count)) / 100);

export const fileReviewLoader: AreaLoader = {
  area: 'file-review',
  sectionKey: 'fileReview',

  expected(scale: number): ExpectedFigures {
    const { reviews } = planFileReviewYear(scale);
    const figures: ExpectedFigures = {
      filesReviewed: reviews.length,
      averageScore: average(reviews.reduce((s, r) => s + r.score, 0), reviews.length),
      problems: reviews.reduce((s, r) => s + r.problems.length, 0),
      campaigns: 1,
      filesSampled: reviews.length,
      campaignsNoticed: 1,
    };
    for (const g of REVIEW_GRADES) figures[`byGrade.${g}`] = reviews.filter((r) => gradeOf(r.score) === g).length;
    for (const c of PROBLEM_CATEGORIES)
      figures[`problemsByCategory.${c}`] = reviews.reduce((s, r) => s + r.problems.filter((p) => p.category === c).length, 0);
    const share = rate(reviews.filter((r) => r.problems.some((p) => p.category === 'procedure')).length, reviews.length)!;
    figures['procedureProblemShare.value'] = share.value;
    figures['procedureProblemShare.display'] = share.display;
    figures['procedureProblemShare.numerator'] = share.numerator;
    figures['procedureProblemShare.denominator'] = share.denominator;
    for (const role of PANEL_ROLES) figures[`panelByRole.${role}`] = PANEL[role];
    return figures;
  },

  /** Opens the campaign, pools the files, draws with the fixed seed, reviews every drawn file, publishes the notice. */
  async load(ctx: LoadContext): Promise<void> {
    const http = new HttpClient(ctx.baseUrl);
    const plan = planFileReviewYear(ctx.scale);
    const chunks: PoolFilePlan[][] = [];
    for (let i = 0; i < plan.pool.length; i += POOL_CHUNK) chunks.push(plan.pool.slice(i, i + POOL_CHUNK));
    const total = 1 + chunks.length + 1 + plan.reviews.length + 1;
    let n = 0;
    const key = () => `${ctx.runId}:file-review:${++n}`;
    const post = (path: string, body: unknown) => postIdempotent(http, path, body, key(), ctx.headers);

    const panel = PANEL_ROLES.flatMap((role) => Array.from({ length: PANEL[role] }, () => ({ role })));
    const campaign = await post('/v1/campaigns', { year: 2019, title: `沙坪坝区2019年度行政处罚案卷集中评查（${ctx.runId}）`, panel });
    const id = campaign.body.id as string;
    ctx.progress('file-review', 1, total);
    for (const files of chunks) {
      await post(`/v1/campaigns/${id}/files`, { files });
      ctx.progress('file-review', n, total);
    }
    // A replayed draw (same key) answers the stored draw, so a second run reviews the same files.
    const draw = await post(`/v1/campaigns/${id}/draw`, { sampleSize: plan.sampleSize, seed: DRAW_SEED });
    const drawn = draw.body.files as { id: string; drawPosition: number }[];
    if (drawn.length !== plan.reviews.length) throw new Error(`the draw returned ${drawn.length} files, expected ${plan.reviews.length}`);
    const base = n;
    n += plan.reviews.length;
    await runPool(
      plan.reviews,
      ctx.concurrency,
      (review, i) => postIdempotent(http, `/v1/files/${drawn[i].id}/review`, review, `${ctx.runId}:file-review:${base + i + 1}`, ctx.headers).then(() => undefined),
      (done) => ctx.progress('file-review', base + done, total),
    );
    await post(`/v1/campaigns/${id}/notice`, { issuedAt: NOTICE_AT });
    ctx.progress('file-review', total, total);
  },
};
