import { ReviewGrade } from '@casetrack/contracts';

/** Lowest score of each grade, best first. */
const THRESHOLDS: readonly (readonly [ReviewGrade, number])[] = [
  ['excellent', 90],
  ['good', 75],
  ['pass', 60],
];

/** The grade of a score from 0 to 100: excellent ≥ 90, good ≥ 75, pass ≥ 60, fail below. */
export function gradeOf(score: number): ReviewGrade {
  for (const [grade, min] of THRESHOLDS) if (score >= min) return grade;
  return 'fail';
}
