import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { COMPLAINT_TARGETS } from './enums';

/** A complaint against a lawyer or a forensic appraiser was received at `receivedAt`. Never who complained, about whom, or what. */
export const ComplaintReceivedV1 = defineEvent(
  'publiclegal.complaint.received',
  1,
  Topics.publicLegalServices,
  object({ against: enumOf(COMPLAINT_TARGETS), receivedAt: isoTime() }),
);
export type ComplaintReceivedV1 = EventOf<typeof ComplaintReceivedV1>;
