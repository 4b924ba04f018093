import { defineEvent, EventOf } from '../envelope';
import { object } from '../schema';
import { Topics } from '../topics';
import { engagementDimensions } from './dimensions';

/** A district unit engaged a legal adviser (选聘法律顾问) from `startedAt`; coverage of units counts these. */
export const AdviserEngagedV1 = defineEvent('legalaffairs.adviser.engaged', 1, Topics.legalAffairs, object({ ...engagementDimensions }));
export type AdviserEngagedV1 = EventOf<typeof AdviserEngagedV1>;
