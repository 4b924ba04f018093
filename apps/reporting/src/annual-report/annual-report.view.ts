import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// The OpenAPI schemas of the annual report's answers (annual-report.controller.ts builds them).

const SECTION = (area: string) =>
  ({ type: 'object', additionalProperties: true, description: `The ${area} figures: counts, rates and fen amounts (decimal text), as docs/reporting.md names them` }) as const;

/** The figures of another year beside this year's (`compareTo`). */
export class ComparedYearView {
  @ApiProperty({ type: 'integer', example: 2018 }) year: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Per section and figure: { value, other, change }' }) figures: Record<string, unknown>;
}

/** The annual report of a district as JSON. */
export class AnnualReportView {
  @ApiProperty({ example: '500106' }) district: string;
  @ApiProperty({ type: 'integer', example: 2019 }) year: number;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiProperty(SECTION('mediation')) mediation: Record<string, unknown>;
  @ApiProperty(SECTION('legal aid')) legalAid: Record<string, unknown>;
  @ApiProperty(SECTION('legal affairs (meetings on rule-of-law work, the rule-of-law committee, legality review, clean-up, legal advisers, their work and their coverage of the district units at the year\'s end)')) legalAffairs: Record<string, unknown>;
  @ApiProperty(SECTION('legal education and publicity (the enforcement officers\' training and exam, the leading cadres\' rule-of-law exams, media adoptions, online contests, works and awards, the units\' activities, surveys, the "三治结合" villages)')) legalEducation: Record<string, unknown>;
  @ApiProperty(SECTION('administrative review')) administrativeReview: Record<string, unknown>;
  @ApiProperty(SECTION('administrative litigation')) litigation: Record<string, unknown>;
  @ApiProperty(SECTION('file review')) fileReview: Record<string, unknown>;
  @ApiProperty(SECTION('public legal services (platforms and their standardisation, persons served in the year and at the centre since it opened, providers registered at the year\'s end, complaints handled, the exam site)')) publicLegalServices: Record<string, unknown>;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'When the newest applied event was applied' }) asOf: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, nullable: true, description: 'Events still to apply, per topic' })
  consumerLag: Record<string, number> | null;
  @ApiPropertyOptional({ type: ComparedYearView, description: 'With compareTo only' }) compareTo?: ComparedYearView;
}

/** One area's figures broken down by a dimension. */
export class BreakdownView {
  @ApiProperty() district: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty({ example: 'mediation' }) area: string;
  @ApiProperty({ example: 'category' }) by: string;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: "One row per value of the dimension, with that row's figures" })
  rows: Record<string, unknown>[];
}
