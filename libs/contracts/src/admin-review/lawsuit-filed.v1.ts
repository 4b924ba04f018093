import { defineEvent, EventOf } from '../envelope';
import { object } from '../schema';
import { Topics } from '../topics';
import { lawsuitDimensions } from './dimensions';

/** A lawsuit naming a district agency as defendant (行政应诉) was filed. Counted by `filedAt`. */
export const LawsuitFiledV1 = defineEvent('adminreview.lawsuit.filed', 1, Topics.adminReview, object({ ...lawsuitDimensions }));
export type LawsuitFiledV1 = EventOf<typeof LawsuitFiledV1>;
