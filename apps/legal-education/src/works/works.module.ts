import { Module } from '@nestjs/common';
import { AwardWorkController } from './commands/award-work/award-work.controller';
import { AwardWorkHandler } from './commands/award-work/award-work.handler';
import { ReleaseWorkController } from './commands/release-work/release-work.controller';
import { ReleaseWorkHandler } from './commands/release-work/release-work.handler';
import { WorkCommandRunner } from './commands/work-command.runner';
import { WorkRepository } from './persistence/work.repository';
import { GetWorkController } from './queries/get-work/get-work.controller';
import { ListWorksController } from './queries/list-works/list-works.controller';

/** Publicity works (普法作品: 公益微视频) and their awards. */
@Module({
  controllers: [ReleaseWorkController, AwardWorkController, GetWorkController, ListWorksController],
  providers: [WorkRepository, WorkCommandRunner, ReleaseWorkHandler, AwardWorkHandler],
})
export class WorksModule {}
