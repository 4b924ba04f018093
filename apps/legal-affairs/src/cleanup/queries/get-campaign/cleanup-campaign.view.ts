import { CLEANUP_CAMPAIGN_STATUSES, CLEANUP_OUTCOMES, CleanupCampaignStatus, CleanupOutcome } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { CleanupCampaign, CleanupDecision, reviewedCount } from '../../domain/cleanup-campaign';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** A campaign's decision about one document in force (the OpenAPI schema). */
export class CleanupDecisionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty({ description: "The document's title" }) document: string;
  @ApiProperty({ enum: CLEANUP_OUTCOMES }) outcome: CleanupOutcome;
  @ApiProperty(ZONED) decidedAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A clean-up campaign as the API shows it (the OpenAPI schema of every campaign answer). */
export class CleanupCampaignView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: "The campaign's name" }) title: string;
  @ApiProperty(ZONED) startedAt: string;
  @ApiProperty({ enum: CLEANUP_CAMPAIGN_STATUSES }) status: CleanupCampaignStatus;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) closedAt: string | null;
  @ApiProperty({ type: 'integer', description: 'Documents decided so far (kept + amended + repealed)' }) reviewed: number;
  @ApiProperty({ type: 'integer' }) kept: number;
  @ApiProperty({ type: 'integer' }) amended: number;
  @ApiProperty({ type: 'integer' }) repealed: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** The answer to deciding a document: the decision and the campaign after it. */
export class CleanupDecidedView {
  @ApiProperty({ type: CleanupDecisionView }) decision: CleanupDecisionView;
  @ApiProperty({ type: CleanupCampaignView }) campaign: CleanupCampaignView;
}

/** A campaign's decisions (GET /v1/cleanup-campaigns/{id}/decisions). */
export class CleanupDecisionListView {
  @ApiProperty({ type: [CleanupDecisionView], description: 'In the order decided' }) items: CleanupDecisionView[];
}

/** A decision as the API shows it, times in the district's zone. */
export function toCleanupDecisionView(d: CleanupDecision, timeZone: string): CleanupDecisionView {
  return { id: d.id, campaignId: d.campaignId, document: d.document, outcome: d.outcome, decidedAt: formatInZone(d.decidedAt, timeZone), createdAt: d.createdAt.toISOString() };
}

/** A campaign as the API shows it, times in the district's zone. */
export function toCleanupCampaignView(c: CleanupCampaign, timeZone: string): CleanupCampaignView {
  return {
    id: c.id, title: c.title, startedAt: formatInZone(c.startedAt, timeZone), status: c.status,
    closedAt: c.closedAt === null ? null : formatInZone(c.closedAt, timeZone),
    reviewed: reviewedCount(c), kept: c.kept, amended: c.amended, repealed: c.repealed,
    createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(),
  };
}
