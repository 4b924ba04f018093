import { InvalidInputError } from '@casetrack/platform';

/** A sitting of the national legal profession exam at the district's site (国家法考考务): a record of one event. */
export interface ExamSitting {
  id: string;
  heldAt: Date;
  candidates: number;
  incidents: number;
  complaints: number;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A recorded sitting; there cannot be more complaints than candidates (400 naming complaints). */
export function recordExamSitting(input: { id: string; heldAt: Date; candidates: number; incidents: number; complaints: number }, now: Date): ExamSitting {
  if (input.complaints > input.candidates)
    throw new InvalidInputError('EXAM_SITTING.MORE_COMPLAINTS_THAN_CANDIDATES', 'complaints', 'complaints: must not exceed candidates');
  return { ...input, sequence: 1, createdAt: now, updatedAt: now };
}
