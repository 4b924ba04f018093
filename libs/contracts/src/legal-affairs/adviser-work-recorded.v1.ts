import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object, uuid } from '../schema';
import { Topics } from '../topics';
import { engagementDimensions } from './dimensions';
import { ADVISER_WORK_KINDS } from './enums';

/** One piece of an adviser's work for the unit (a contract reviewed, a case represented, a special service). Counted by `performedAt`. */
export const AdviserWorkRecordedV1 = defineEvent(
  'legalaffairs.adviser.work-recorded',
  1,
  Topics.legalAffairs,
  object({ ...engagementDimensions, workRecordId: uuid(), workKind: enumOf(ADVISER_WORK_KINDS), performedAt: isoTime() }),
);
export type AdviserWorkRecordedV1 = EventOf<typeof AdviserWorkRecordedV1>;
