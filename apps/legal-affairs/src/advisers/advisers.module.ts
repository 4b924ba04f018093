import { Module } from '@nestjs/common';
import { EndEngagementController } from './commands/end-engagement/end-engagement.controller';
import { EndEngagementHandler } from './commands/end-engagement/end-engagement.handler';
import { EngageAdviserController } from './commands/engage-adviser/engage-adviser.controller';
import { EngageAdviserHandler } from './commands/engage-adviser/engage-adviser.handler';
import { EngagementCommandRunner } from './commands/engagement-command.runner';
import { RecordWorkController } from './commands/record-work/record-work.controller';
import { RecordWorkHandler } from './commands/record-work/record-work.handler';
import { EngagementRepository } from './persistence/engagement.repository';
import { GetEngagementController } from './queries/get-engagement/get-engagement.controller';
import { ListEngagementsController } from './queries/list-engagements/list-engagements.controller';
import { ListWorkRecordsController } from './queries/list-work-records/list-work-records.controller';

/** Legal advisers (法律顾问): engagements by district units, and the advisers' work. */
@Module({
  controllers: [EngageAdviserController, EndEngagementController, RecordWorkController, GetEngagementController, ListEngagementsController, ListWorkRecordsController],
  providers: [EngagementRepository, EngagementCommandRunner, EngageAdviserHandler, EndEngagementHandler, RecordWorkHandler],
})
export class AdvisersModule {}
