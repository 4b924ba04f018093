import { defineEvent, EventOf } from '../envelope';
import { int, isoTime, object } from '../schema';
import { Topics } from '../topics';

/**
 * The district rule-of-law committee (区委全面依法治区委员会) held its `number`-th plenary meeting
 * (第N次会议) at `heldAt`. Never its subject.
 */
export const CommitteeMeetingHeldV1 = defineEvent(
  'legalaffairs.committee-meeting.held',
  1,
  Topics.legalAffairs,
  object({ number: int({ min: 1, max: 999 }), heldAt: isoTime() }),
);
export type CommitteeMeetingHeldV1 = EventOf<typeof CommitteeMeetingHeldV1>;
