import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// The OpenAPI schemas of the filings' answers (filings.service.ts builds them).

const OFFSETS = { type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } }, description: 'Topic → partition → the next offset to apply: the position the figures were computed at' } as const;

/** A filed report: without its figures in the list, with them in GET one filing and the filing's answer. */
export class FilingView {
  @ApiProperty() district: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: 'integer', description: 'Filing 1, 2, … of the district\'s year' }) n: number;
  @ApiProperty({ format: 'date-time' }) filedAt: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty(OFFSETS) offsets: Record<string, Record<string, number>>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'The report sections as filed' }) figures?: Record<string, unknown>;
}

/** The filings of a district's year, one page. */
export class FilingsPageView {
  @ApiProperty() district: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ type: [FilingView], description: 'Without their figures' }) items: FilingView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' }) nextCursor: string | null;
}

/** Which filing the figures are set against. */
export class FilingRefView {
  @ApiProperty({ type: 'integer' }) n: number;
  @ApiProperty({ format: 'date-time' }) filedAt: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty(OFFSETS) offsets: Record<string, Record<string, number>>;
}

/** An event applied since the filing, and what it changed. */
export class ChangeEventView {
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ example: 'mediation.dispute.corrected' }) type: string;
  @ApiProperty() caseId: string;
  @ApiProperty() area: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) changes: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true, description: 'Null for a correction journalled outside Kafka' }) topic: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) partition: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) offset: number | null;
  @ApiProperty({ format: 'date-time' }) appliedAt: string;
}

/** GET /v1/reports/annual/{year}?against=filing:{n}: every figure as filed and as now, and the events since. */
export class ReportAgainstFilingView {
  @ApiProperty() district: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() timeZone: string;
  @ApiProperty({ type: FilingRefView }) against: FilingRefView;
  @ApiProperty({ type: [String], description: 'Paths of the figures that changed since the filing' }) changed: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Per section and figure: { filed, now, changed, events }' }) figures: Record<string, unknown>;
  @ApiProperty({ type: [ChangeEventView], description: 'One page, in the order they were applied' }) eventsSinceFiling: ChangeEventView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
