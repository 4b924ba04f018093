import { averageScore } from './file-review-report.query';

describe('averageScore', () => {
  it('is null when no file was reviewed', () => {
    expect(averageScore(0, 0)).toBeNull();
  });

  it('rounds half up to two decimals from the integer sum and count', () => {
    expect(averageScore(250, 3)).toBe(83.33);
    expect(averageScore(251, 3)).toBe(83.67);
    expect(averageScore(1, 8)).toBe(0.13); // 0.125 → 0.13
    expect(averageScore(5947, 73)).toBe(81.47); // 81.4657…
    expect(averageScore(180, 2)).toBe(90);
  });
});
