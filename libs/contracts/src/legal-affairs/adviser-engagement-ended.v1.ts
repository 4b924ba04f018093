import { defineEvent, EventOf } from '../envelope';
import { int, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { engagementDimensions } from './dimensions';

/** The engagement ended (解聘, or its term ran out) at `endedAt`, after `workRecordCount` work records. */
export const AdviserEngagementEndedV1 = defineEvent(
  'legalaffairs.adviser.engagement-ended',
  1,
  Topics.legalAffairs,
  object({ ...engagementDimensions, endedAt: isoTime(), workRecordCount: int({ min: 0 }) }),
);
export type AdviserEngagementEndedV1 = EventOf<typeof AdviserEngagementEndedV1>;
