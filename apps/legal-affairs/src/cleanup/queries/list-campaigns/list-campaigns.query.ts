import { CLEANUP_CAMPAIGN_STATUSES, CleanupCampaignStatus } from '@casetrack/contracts';
import { PageQuery } from '@casetrack/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ListCleanupCampaignsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CLEANUP_CAMPAIGN_STATUSES })
  @IsOptional()
  @IsIn(CLEANUP_CAMPAIGN_STATUSES)
  status?: CleanupCampaignStatus;
}
