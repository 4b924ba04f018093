import { DisputeConcludedV1, DisputeCorrectedV1, DisputeRegisteredV1, DisputeWithdrawnV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { Dispute } from './dispute';

/** The dimensions every mediation event carries; never the summary or other free text. */
function dimensions(d: Dispute, timeZone: string) {
  return {
    committeeCode: d.committeeCode,
    committeeKind: d.committeeKind,
    committeeField: d.committeeField,
    category: d.category,
    source: d.source,
    receivedAt: formatInZone(d.receivedAt, timeZone),
  };
}

export function disputeRegistered(d: Dispute, ctx: EventContext): DisputeRegisteredV1 {
  return {
    ...envelopeFor(DisputeRegisteredV1.type, d.id, d.sequence, ctx),
    payload: { ...dimensions(d, ctx.timeZone), partyCount: d.partyCount, amountInvolvedFen: d.amountInvolvedFen },
  };
}

export function disputeConcluded(d: Dispute, ctx: EventContext): DisputeConcludedV1 {
  return {
    ...envelopeFor(DisputeConcludedV1.type, d.id, d.sequence, ctx),
    payload: {
      ...dimensions(d, ctx.timeZone),
      concludedAt: formatInZone(d.concludedAt!, ctx.timeZone),
      result: d.result!,
      agreement: d.agreement,
      agreementAmountFen: d.agreementAmountFen,
    },
  };
}

export function disputeWithdrawn(d: Dispute, ctx: EventContext): DisputeWithdrawnV1 {
  return {
    ...envelopeFor(DisputeWithdrawnV1.type, d.id, d.sequence, ctx),
    payload: { ...dimensions(d, ctx.timeZone), withdrawnAt: formatInZone(d.withdrawnAt!, ctx.timeZone) },
  };
}

/** The result of `before` corrected to that of `after`; the reason stays in the service. */
export function disputeCorrected(after: Dispute, ctx: EventContext, before: Dispute): DisputeCorrectedV1 {
  return {
    ...envelopeFor(DisputeCorrectedV1.type, after.id, after.sequence, ctx),
    payload: {
      ...dimensions(after, ctx.timeZone),
      concludedAt: formatInZone(after.concludedAt!, ctx.timeZone),
      oldResult: before.result!,
      newResult: after.result!,
    },
  };
}
