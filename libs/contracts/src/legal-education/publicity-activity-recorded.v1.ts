import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object, str } from '../schema';
import { Topics } from '../topics';
import { ACTIVITY_KINDS } from './enums';

/**
 * A district unit held a publicity activity under its duty list (谁执法谁普法: 普法宣传、以案释法).
 * Counted by `heldAt`, by unit (an organisation). Never its subject.
 */
export const PublicityActivityRecordedV1 = defineEvent(
  'legaleducation.publicity-activity.recorded',
  1,
  Topics.legalEducation,
  object({ unit: str({ max: 200 }), kind: enumOf(ACTIVITY_KINDS), heldAt: isoTime() }),
);
export type PublicityActivityRecordedV1 = EventOf<typeof PublicityActivityRecordedV1>;
