import { defineEvent, EventOf } from '../envelope';
import { object } from '../schema';
import { Topics } from '../topics';
import { workDimensions } from './dimensions';

/** A publicity work was made and released (拍摄公益微视频). Counted by `releasedAt`. Never its title. */
export const WorkReleasedV1 = defineEvent('legaleducation.work.released', 1, Topics.legalEducation, object({ ...workDimensions }));
export type WorkReleasedV1 = EventOf<typeof WorkReleasedV1>;
