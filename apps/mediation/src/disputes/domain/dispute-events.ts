import { DisputeConcludedV1, DisputeCorrectedV1, DisputeRegisteredV1, DisputeWithdrawnV1 } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { Dispute } from './dispute';

/** Where and when an event is recorded, and by whom. */
export interface EventContext {
  eventId: string;
  occurredAt: Date;
  district: string;
  timeZone: string;
  actorId: string | null;
}

function envelope<T extends string>(type: T, d: Dispute, ctx: EventContext) {
  return {
    eventId: ctx.eventId,
    type,
    version: 1 as const,
    occurredAt: formatInZone(ctx.occurredAt, ctx.timeZone),
    district: ctx.district,
    caseId: d.id,
    sequence: d.sequence,
    actorId: ctx.actorId,
  };
}

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
    ...envelope(DisputeRegisteredV1.type, d, ctx),
    payload: { ...dimensions(d, ctx.timeZone), partyCount: d.partyCount, amountInvolvedFen: d.amountInvolvedFen },
  };
}

export function disputeConcluded(d: Dispute, ctx: EventContext): DisputeConcludedV1 {
  return {
    ...envelope(DisputeConcludedV1.type, d, ctx),
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
    ...envelope(DisputeWithdrawnV1.type, d, ctx),
    payload: { ...dimensions(d, ctx.timeZone), withdrawnAt: formatInZone(d.withdrawnAt!, ctx.timeZone) },
  };
}

/** The result of `before` corrected to that of `after`; the reason stays in the service. */
export function disputeCorrected(after: Dispute, ctx: EventContext, before: Dispute): DisputeCorrectedV1 {
  return {
    ...envelope(DisputeCorrectedV1.type, after, ctx),
    payload: {
      ...dimensions(after, ctx.timeZone),
      concludedAt: formatInZone(after.concludedAt!, ctx.timeZone),
      oldResult: before.result!,
      newResult: after.result!,
    },
  };
}
