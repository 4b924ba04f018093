import { DOCUMENT_FINDINGS, DOCUMENT_KINDS, DOCUMENT_STATUSES, DocumentFinding, DocumentKind, DocumentStatus, REVIEW_OPINIONS, ReviewOpinion } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { findingOf, LegalityDocument } from '../../domain/document';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;
const ZONED_OR_NULL = { ...ZONED, type: String, nullable: true } as const;

/** A document under legality review as the API shows it (the OpenAPI schema of every document answer). */
export class DocumentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The district unit that submitted it' }) unit: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind: DocumentKind;
  @ApiProperty(ZONED) submittedAt: string;
  @ApiProperty({ enum: DOCUMENT_STATUSES }) status: DocumentStatus;
  @ApiProperty(ZONED_OR_NULL) reviewedAt: string | null;
  @ApiProperty({ enum: REVIEW_OPINIONS, nullable: true }) opinion: ReviewOpinion | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Determined a normative document by the review; null until reviewed' }) normative: boolean | null;
  @ApiProperty(ZONED_OR_NULL) filedAt: string | null;
  @ApiProperty({ enum: DOCUMENT_FINDINGS, nullable: true, description: 'Found unlawful or revoked after filing; null otherwise' }) finding: DocumentFinding | null;
  @ApiProperty(ZONED_OR_NULL) foundAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A document as the API shows it, times in the district's zone. */
export function toDocumentView(d: LegalityDocument, timeZone: string): DocumentView {
  const t = (x: Date | null) => (x === null ? null : formatInZone(x, timeZone));
  return {
    id: d.id,
    unit: d.unit,
    title: d.title,
    kind: d.kind,
    submittedAt: formatInZone(d.submittedAt, timeZone),
    status: d.status,
    reviewedAt: t(d.reviewedAt),
    opinion: d.opinion,
    normative: d.normative,
    filedAt: t(d.filedAt),
    finding: findingOf(d),
    foundAt: t(d.foundAt),
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
