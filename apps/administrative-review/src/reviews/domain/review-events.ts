import { ReviewAcceptedV1, ReviewConcludedV1, ReviewExtendedV1, ReviewReceivedV1, ReviewRejectedV1 } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { envelopeFor, EventContext } from '@casetrack/platform';
import { Review } from './review';

/** The dimensions every review event carries; never the applicant or any free text. */
function dimensions(r: Review, timeZone: string) {
  return { channel: r.channel, matter: r.matter, respondentAgency: r.respondentAgency, receivedAt: formatInZone(r.receivedAt, timeZone) };
}

export function reviewReceived(r: Review, ctx: EventContext): ReviewReceivedV1 {
  return { ...envelopeFor(ReviewReceivedV1.type, r.id, r.sequence, ctx), payload: dimensions(r, ctx.timeZone) };
}

export function reviewAccepted(r: Review, ctx: EventContext): ReviewAcceptedV1 {
  const t = (d: Date | null) => formatInZone(d!, ctx.timeZone);
  return {
    ...envelopeFor(ReviewAcceptedV1.type, r.id, r.sequence, ctx),
    payload: { ...dimensions(r, ctx.timeZone), acceptedAt: t(r.acceptedAt), dueAt: t(r.dueAt) },
  };
}

export function reviewRejected(r: Review, ctx: EventContext): ReviewRejectedV1 {
  return {
    ...envelopeFor(ReviewRejectedV1.type, r.id, r.sequence, ctx),
    payload: { ...dimensions(r, ctx.timeZone), rejectedAt: formatInZone(r.rejectedAt!, ctx.timeZone) },
  };
}

export function reviewExtended(r: Review, ctx: EventContext): ReviewExtendedV1 {
  const t = (d: Date | null) => formatInZone(d!, ctx.timeZone);
  return {
    ...envelopeFor(ReviewExtendedV1.type, r.id, r.sequence, ctx),
    payload: { ...dimensions(r, ctx.timeZone), acceptedAt: t(r.acceptedAt), extendedAt: t(r.extendedAt), days: r.extensionDays!, dueAt: t(r.dueAt) },
  };
}

export function reviewConcluded(r: Review, ctx: EventContext): ReviewConcludedV1 {
  const t = (d: Date | null) => formatInZone(d!, ctx.timeZone);
  return {
    ...envelopeFor(ReviewConcludedV1.type, r.id, r.sequence, ctx),
    payload: {
      ...dimensions(r, ctx.timeZone),
      acceptedAt: t(r.acceptedAt),
      dueAt: t(r.dueAt),
      extended: r.extensionDays !== null,
      decidedAt: t(r.decidedAt),
      decision: r.decision!,
      late: r.late,
    },
  };
}
