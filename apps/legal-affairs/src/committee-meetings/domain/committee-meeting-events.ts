import { CommitteeMeetingHeldV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { CommitteeMeeting } from './committee-meeting';

export function committeeMeetingHeld(m: CommitteeMeeting, ctx: EventContext): CommitteeMeetingHeldV1 {
  return { ...envelopeFor(CommitteeMeetingHeldV1.type, m.id, m.sequence, ctx), payload: { number: m.number, heldAt: formatInZone(m.heldAt, ctx.timeZone) } };
}
