import { fileReviewLoader, planFileReviewYear } from './file-review.loader';

describe('the file review 2019 loader', () => {
  it('reviews exactly the seed\'s 73 drawn files at scale 1, out of a pool of 600 from several agencies', () => {
    const plan = planFileReviewYear(1);
    expect(plan.pool).toHaveLength(600);
    expect(plan.sampleSize).toBe(73);
    expect(new Set(plan.pool.map((f) => f.agency)).size).toBeGreaterThanOrEqual(10);
    expect(fileReviewLoader.expected(1)).toMatchObject({ filesReviewed: 73, filesSampled: 73, campaigns: 1, campaignsNoticed: 1 });
  });

  it('scales to a pool of 60 and a sample of 7 at scale 0.1', () => {
    const plan = planFileReviewYear(0.1);
    expect([plan.pool.length, plan.sampleSize, plan.reviews.length]).toEqual([60, 7, 7]);
  });

  it('plans unique file numbers, decisions before every review, and every review in 2019 (+08:00)', () => {
    const plan = planFileReviewYear(1);
    expect(new Set(plan.pool.map((f) => f.fileNumber)).size).toBe(600);
    const lastDecision = Math.max(...plan.pool.map((f) => Date.parse(f.decidedAt)));
    for (const r of plan.reviews) {
      expect(Date.parse(r.reviewedAt)).toBeGreaterThan(lastDecision);
      expect(r.reviewedAt).toMatch(/^2019-.*\+08:00$/);
      expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
    }
  });

  it('makes procedure the most common problem, as the seed\'s 重实体、轻程序 suggests', () => {
    const e = fileReviewLoader.expected(1);
    const byCategory = Object.entries(e).filter(([k]) => k.startsWith('problemsByCategory.'));
    const [top] = byCategory.sort((a, b) => (b[1] as number) - (a[1] as number));
    expect(top[0]).toBe('problemsByCategory.procedure');
    expect(e['procedureProblemShare.numerator'] as number).toBeGreaterThan(20);
  });

  it('expects figures that add up: grades sum to the files reviewed, categories to the problems', () => {
    for (const scale of [1, 0.1, 0.01]) {
      const e = fileReviewLoader.expected(scale);
      const sum = (prefix: string) => Object.entries(e).filter(([k]) => k.startsWith(prefix)).reduce((s, [, v]) => s + (v as number), 0);
      expect(sum('byGrade.')).toBe(e.filesReviewed);
      expect(sum('problemsByCategory.')).toBe(e.problems);
      expect(e['procedureProblemShare.denominator']).toBe(e.filesReviewed);
    }
  });

  it('plans the same campaign every time', () => {
    expect(planFileReviewYear(0.1)).toEqual(planFileReviewYear(0.1));
  });
});
