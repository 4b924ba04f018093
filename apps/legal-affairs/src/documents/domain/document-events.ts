import { DocumentFiledV1, DocumentFindingRecordedV1, DocumentReviewedV1, DocumentSubmittedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { findingOf, LegalityDocument } from './document';

/** What every document event carries: the unit, the kind and when it was submitted; never the title. */
function dimensions(d: LegalityDocument, timeZone: string) {
  return { unit: d.unit, kind: d.kind, submittedAt: formatInZone(d.submittedAt, timeZone) };
}

export function documentSubmitted(d: LegalityDocument, ctx: EventContext): DocumentSubmittedV1 {
  return { ...envelopeFor(DocumentSubmittedV1.type, d.id, d.sequence, ctx), payload: dimensions(d, ctx.timeZone) };
}

export function documentReviewed(d: LegalityDocument, ctx: EventContext): DocumentReviewedV1 {
  return {
    ...envelopeFor(DocumentReviewedV1.type, d.id, d.sequence, ctx),
    payload: { ...dimensions(d, ctx.timeZone), reviewedAt: formatInZone(d.reviewedAt!, ctx.timeZone), opinion: d.opinion!, normative: d.normative! },
  };
}

export function documentFiled(d: LegalityDocument, ctx: EventContext): DocumentFiledV1 {
  return {
    ...envelopeFor(DocumentFiledV1.type, d.id, d.sequence, ctx),
    payload: { ...dimensions(d, ctx.timeZone), reviewedAt: formatInZone(d.reviewedAt!, ctx.timeZone), filedAt: formatInZone(d.filedAt!, ctx.timeZone) },
  };
}

export function documentFindingRecorded(d: LegalityDocument, ctx: EventContext): DocumentFindingRecordedV1 {
  return {
    ...envelopeFor(DocumentFindingRecordedV1.type, d.id, d.sequence, ctx),
    payload: { ...dimensions(d, ctx.timeZone), filedAt: formatInZone(d.filedAt!, ctx.timeZone), finding: findingOf(d)!, foundAt: formatInZone(d.foundAt!, ctx.timeZone) },
  };
}
