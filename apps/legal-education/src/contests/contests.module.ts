import { Module } from '@nestjs/common';
import { CloseContestController } from './commands/close-contest/close-contest.controller';
import { CloseContestHandler } from './commands/close-contest/close-contest.handler';
import { ContestCommandRunner } from './commands/contest-command.runner';
import { OpenContestController } from './commands/open-contest/open-contest.controller';
import { OpenContestHandler } from './commands/open-contest/open-contest.handler';
import { ContestRepository } from './persistence/contest.repository';
import { GetContestController } from './queries/get-contest/get-contest.controller';
import { ListContestsController } from './queries/list-contests/list-contests.controller';

/** Online knowledge contests (知识竞赛) and their participants. */
@Module({
  controllers: [OpenContestController, CloseContestController, GetContestController, ListContestsController],
  providers: [ContestRepository, ContestCommandRunner, OpenContestHandler, CloseContestHandler],
})
export class ContestsModule {}
