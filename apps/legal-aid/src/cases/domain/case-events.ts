import {
  LegalAidCaseAcceptedV1, LegalAidCaseAppliedV1, LegalAidCaseAssignedV1, LegalAidCaseClosedV1, LegalAidCaseCorrectedV1, LegalAidCaseRejectedV1,
} from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { LegalAidCase } from './legal-aid-case';

/**
 * The dimensions every legal aid event carries. Built field by field from the case, so the
 * applicant's name and identity number (and the lawyer) can never slip into an event.
 */
function dimensions(c: LegalAidCase, timeZone: string) {
  return {
    applicantGroups: [...c.applicantGroups],
    caseType: c.caseType,
    matter: c.matter,
    channel: c.channel,
    greenChannel: c.greenChannel,
    appliedAt: formatInZone(c.appliedAt, timeZone),
  };
}

export function caseApplied(c: LegalAidCase, ctx: EventContext): LegalAidCaseAppliedV1 {
  return { ...envelopeFor(LegalAidCaseAppliedV1.type, c.id, c.sequence, ctx), payload: dimensions(c, ctx.timeZone) };
}

export function caseAccepted(c: LegalAidCase, ctx: EventContext): LegalAidCaseAcceptedV1 {
  return {
    ...envelopeFor(LegalAidCaseAcceptedV1.type, c.id, c.sequence, ctx),
    payload: { ...dimensions(c, ctx.timeZone), acceptedAt: formatInZone(c.acceptedAt!, ctx.timeZone) },
  };
}

export function caseRejected(c: LegalAidCase, ctx: EventContext): LegalAidCaseRejectedV1 {
  return {
    ...envelopeFor(LegalAidCaseRejectedV1.type, c.id, c.sequence, ctx),
    payload: { ...dimensions(c, ctx.timeZone), rejectedAt: formatInZone(c.rejectedAt!, ctx.timeZone), reason: c.rejectionReason! },
  };
}

export function caseAssigned(c: LegalAidCase, ctx: EventContext): LegalAidCaseAssignedV1 {
  return {
    ...envelopeFor(LegalAidCaseAssignedV1.type, c.id, c.sequence, ctx),
    payload: { ...dimensions(c, ctx.timeZone), assignedAt: formatInZone(c.assignedAt!, ctx.timeZone) },
  };
}

export function caseClosed(c: LegalAidCase, ctx: EventContext): LegalAidCaseClosedV1 {
  return {
    ...envelopeFor(LegalAidCaseClosedV1.type, c.id, c.sequence, ctx),
    payload: {
      ...dimensions(c, ctx.timeZone),
      closedAt: formatInZone(c.closedAt!, ctx.timeZone),
      result: c.result!,
      benefitFen: c.benefitFen!,
    },
  };
}

/** The benefit of `before` corrected to that of `after`; the reason stays in the service. */
export function caseCorrected(after: LegalAidCase, ctx: EventContext, before: LegalAidCase): LegalAidCaseCorrectedV1 {
  return {
    ...envelopeFor(LegalAidCaseCorrectedV1.type, after.id, after.sequence, ctx),
    payload: {
      ...dimensions(after, ctx.timeZone),
      closedAt: formatInZone(after.closedAt!, ctx.timeZone),
      oldBenefitFen: before.benefitFen!,
      newBenefitFen: after.benefitFen!,
    },
  };
}
