import { ContractReviewedV1, ContractSubmittedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { GovernmentContract } from './contract';

/** What every contract event carries: the unit, the kind, the amount; never the title. */
function dimensions(c: GovernmentContract, timeZone: string) {
  return { unit: c.unit, kind: c.kind, submittedAt: formatInZone(c.submittedAt, timeZone), amountFen: c.amountFen };
}

export function contractSubmitted(c: GovernmentContract, ctx: EventContext): ContractSubmittedV1 {
  return { ...envelopeFor(ContractSubmittedV1.type, c.id, c.sequence, ctx), payload: dimensions(c, ctx.timeZone) };
}

export function contractReviewed(c: GovernmentContract, ctx: EventContext): ContractReviewedV1 {
  return {
    ...envelopeFor(ContractReviewedV1.type, c.id, c.sequence, ctx),
    payload: { ...dimensions(c, ctx.timeZone), reviewedAt: formatInZone(c.reviewedAt!, ctx.timeZone), opinion: c.opinion! },
  };
}
