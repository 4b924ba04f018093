import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { COMPLAINT_OUTCOMES, COMPLAINT_TARGETS } from './enums';

/** The complaint was concluded (处理) at `concludedAt` with `outcome`; the report counts complaints handled by that year. */
export const ComplaintConcludedV1 = defineEvent(
  'publiclegal.complaint.concluded',
  1,
  Topics.publicLegalServices,
  object({ against: enumOf(COMPLAINT_TARGETS), receivedAt: isoTime(), outcome: enumOf(COMPLAINT_OUTCOMES), concludedAt: isoTime() }),
);
export type ComplaintConcludedV1 = EventOf<typeof ComplaintConcludedV1>;
