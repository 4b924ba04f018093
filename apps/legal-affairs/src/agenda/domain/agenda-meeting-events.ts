import { AgendaMeetingRecordedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { AgendaMeeting } from './agenda-meeting';

export function agendaMeetingRecorded(m: AgendaMeeting, ctx: EventContext): AgendaMeetingRecordedV1 {
  return { ...envelopeFor(AgendaMeetingRecordedV1.type, m.id, m.sequence, ctx), payload: { kind: m.kind, heldAt: formatInZone(m.heldAt, ctx.timeZone) } };
}
