import { Module } from '@nestjs/common';
import { FileLawsuitController } from './commands/file-lawsuit/file-lawsuit.controller';
import { FileLawsuitHandler } from './commands/file-lawsuit/file-lawsuit.handler';
import { LawsuitCommandRunner } from './commands/lawsuit-command.runner';
import { RecordHearingController } from './commands/record-hearing/record-hearing.controller';
import { RecordHearingHandler } from './commands/record-hearing/record-hearing.handler';
import { RecordJudgmentController } from './commands/record-judgment/record-judgment.controller';
import { RecordJudgmentHandler } from './commands/record-judgment/record-judgment.handler';
import { LawsuitRepository } from './persistence/lawsuit.repository';
import { GetLawsuitController } from './queries/get-lawsuit/get-lawsuit.controller';
import { ListLawsuitsController } from './queries/list-lawsuits/list-lawsuits.controller';

@Module({
  controllers: [FileLawsuitController, RecordHearingController, RecordJudgmentController, GetLawsuitController, ListLawsuitsController],
  providers: [LawsuitRepository, LawsuitCommandRunner, FileLawsuitHandler, RecordHearingHandler, RecordJudgmentHandler],
})
export class LawsuitsModule {}
