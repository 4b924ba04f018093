import { CAMPAIGN_STATUSES, CampaignStatus, PROBLEM_CATEGORIES, ProblemCategory, REVIEW_GRADES } from '@casetrack/contracts';
import { ApiProperty } from '@nestjs/swagger';

// The OpenAPI schema of the problem list's JSON (problem-list.controller.ts builds it).

/** One problem of the list. */
export class ProblemListEntryView {
  @ApiProperty() fileNumber: string;
  @ApiProperty({ type: 'integer' }) score: number;
  @ApiProperty({ enum: REVIEW_GRADES }) grade: string;
  @ApiProperty() description: string;
}

/** An agency's problems of one category (this page's). */
export class ProblemListCategoryView {
  @ApiProperty({ enum: PROBLEM_CATEGORIES }) category: ProblemCategory;
  @ApiProperty({ type: [ProblemListEntryView] }) problems: ProblemListEntryView[];
}

/** A reviewed agency with its totals (over the whole list) and this page's problems by category. */
export class ProblemListAgencyView {
  @ApiProperty() agency: string;
  @ApiProperty({ type: 'integer' }) filesReviewed: number;
  @ApiProperty({ type: 'integer' }) problems: number;
  @ApiProperty({ type: [ProblemListCategoryView] }) categories: ProblemListCategoryView[];
}

/** The problem list (问题清单) as JSON: totals, every reviewed agency, one page of problems. */
export class ProblemListView {
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ type: 'integer' }) year: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: CAMPAIGN_STATUSES, description: 'A draft until noticed' }) status: CampaignStatus;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) issuedAt: string | null;
  @ApiProperty({ type: 'integer' }) filesReviewed: number;
  @ApiProperty({ type: 'integer' }) problems: number;
  @ApiProperty({ type: [ProblemListAgencyView] }) agencies: ProblemListAgencyView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' }) nextCursor: string | null;
}
