import { ComplaintConcludedV1, ComplaintReceivedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { Complaint } from './complaint';

export function complaintReceived(c: Complaint, ctx: EventContext): ComplaintReceivedV1 {
  return { ...envelopeFor(ComplaintReceivedV1.type, c.id, c.sequence, ctx), payload: { against: c.against, receivedAt: formatInZone(c.receivedAt, ctx.timeZone) } };
}

export function complaintConcluded(c: Complaint, ctx: EventContext): ComplaintConcludedV1 {
  return {
    ...envelopeFor(ComplaintConcludedV1.type, c.id, c.sequence, ctx),
    payload: { against: c.against, receivedAt: formatInZone(c.receivedAt, ctx.timeZone), outcome: c.outcome!, concludedAt: formatInZone(c.concludedAt!, ctx.timeZone) },
  };
}
