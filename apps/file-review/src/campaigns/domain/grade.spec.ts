import { gradeOf } from './grade';

describe('gradeOf', () => {
  it.each([
    [0, 'fail'],
    [59, 'fail'],
    [60, 'pass'],
    [74, 'pass'],
    [75, 'good'],
    [89, 'good'],
    [90, 'excellent'],
    [100, 'excellent'],
  ])('grades a score of %i as %s', (score, grade) => {
    expect(gradeOf(score)).toBe(grade);
  });
});
