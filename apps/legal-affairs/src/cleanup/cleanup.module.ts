import { Module } from '@nestjs/common';
import { CleanupCampaignCommandRunner } from './commands/cleanup-campaign-command.runner';
import { CloseCleanupCampaignController } from './commands/close-campaign/close-campaign.controller';
import { CloseCleanupCampaignHandler } from './commands/close-campaign/close-campaign.handler';
import { DecideCleanupDocumentController } from './commands/decide-document/decide-document.controller';
import { DecideCleanupDocumentHandler } from './commands/decide-document/decide-document.handler';
import { OpenCleanupCampaignController } from './commands/open-campaign/open-campaign.controller';
import { OpenCleanupCampaignHandler } from './commands/open-campaign/open-campaign.handler';
import { CleanupCampaignRepository } from './persistence/cleanup-campaign.repository';
import { GetCleanupCampaignController } from './queries/get-campaign/get-campaign.controller';
import { ListCleanupCampaignsController } from './queries/list-campaigns/list-campaigns.controller';
import { ListCleanupDecisionsController } from './queries/list-decisions/list-decisions.controller';

/** Clean-up campaigns (清理) over the normative documents in force: each kept, amended or repealed. */
@Module({
  controllers: [
    OpenCleanupCampaignController, DecideCleanupDocumentController, CloseCleanupCampaignController,
    GetCleanupCampaignController, ListCleanupCampaignsController, ListCleanupDecisionsController,
  ],
  providers: [CleanupCampaignRepository, CleanupCampaignCommandRunner, OpenCleanupCampaignHandler, DecideCleanupDocumentHandler, CloseCleanupCampaignHandler],
})
export class CleanupModule {}
