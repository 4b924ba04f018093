import { enumOf, int, isoTime } from '../schema';
import { EXAM_AUDIENCES, WORK_KINDS, WORK_SERIES } from './enums';

/** The largest headcount an event carries (a contest's participants, an exam's candidates). */
export const MAX_HEADCOUNT = 10_000_000;

/** What every exam event carries: the audience, when it was scheduled, the candidates expected (of them from city universities). Never a candidate's name. */
export const examDimensions = {
  audience: enumOf(EXAM_AUDIENCES),
  scheduledAt: isoTime(),
  candidatesExpected: int({ min: 0, max: MAX_HEADCOUNT }),
  cityUniversityCandidates: int({ min: 0, max: MAX_HEADCOUNT }),
};

/** What every work event carries: its kind, its series and when it was released. Never its title. */
export const workDimensions = {
  kind: enumOf(WORK_KINDS),
  series: enumOf(WORK_SERIES),
  releasedAt: isoTime(),
};
