import { Module } from '@nestjs/common';
import { CampaignCommandRunner } from './commands/campaign-command.runner';
import { DrawSampleController } from './commands/draw-sample/draw-sample.controller';
import { DrawSampleHandler } from './commands/draw-sample/draw-sample.handler';
import { IssueNoticeController } from './commands/issue-notice/issue-notice.controller';
import { IssueNoticeHandler } from './commands/issue-notice/issue-notice.handler';
import { OpenCampaignController } from './commands/open-campaign/open-campaign.controller';
import { OpenCampaignHandler } from './commands/open-campaign/open-campaign.handler';
import { PoolFilesController } from './commands/pool-files/pool-files.controller';
import { PoolFilesHandler } from './commands/pool-files/pool-files.handler';
import { ReviewFileController } from './commands/review-file/review-file.controller';
import { ReviewFileHandler } from './commands/review-file/review-file.handler';
import { CampaignRepository } from './persistence/campaign.repository';
import { FileRepository } from './persistence/file.repository';
import { GetCampaignController } from './queries/get-campaign/get-campaign.controller';
import { GetFileController } from './queries/get-file/get-file.controller';
import { ListCampaignsController } from './queries/list-campaigns/list-campaigns.controller';
import { ListFilesController } from './queries/list-files/list-files.controller';
import { ProblemListController } from './queries/problem-list/problem-list.controller';

/** Campaigns and the files pooled into them: one aggregate, changed under the campaign's row lock. */
@Module({
  controllers: [
    OpenCampaignController, PoolFilesController, DrawSampleController, ReviewFileController, IssueNoticeController,
    ListCampaignsController, GetCampaignController, ListFilesController, ProblemListController, GetFileController,
  ],
  providers: [
    CampaignRepository, FileRepository, CampaignCommandRunner,
    OpenCampaignHandler, PoolFilesHandler, DrawSampleHandler, ReviewFileHandler, IssueNoticeHandler,
  ],
})
export class CampaignsModule {}
