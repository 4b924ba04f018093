import { Module } from '@nestjs/common';
import { AnswerJudicialSuggestionController } from './commands/answer-judicial-suggestion/answer-judicial-suggestion.controller';
import { AnswerJudicialSuggestionHandler } from './commands/answer-judicial-suggestion/answer-judicial-suggestion.handler';
import { ConcludePerformanceSupervisionController } from './commands/conclude-performance-supervision/conclude-performance-supervision.controller';
import { ConcludePerformanceSupervisionHandler } from './commands/conclude-performance-supervision/conclude-performance-supervision.handler';
import { FileLawsuitController } from './commands/file-lawsuit/file-lawsuit.controller';
import { FileLawsuitHandler } from './commands/file-lawsuit/file-lawsuit.handler';
import { LawsuitCommandRunner } from './commands/lawsuit-command.runner';
import { ReceiveJudicialSuggestionController } from './commands/receive-judicial-suggestion/receive-judicial-suggestion.controller';
import { ReceiveJudicialSuggestionHandler } from './commands/receive-judicial-suggestion/receive-judicial-suggestion.handler';
import { RecordHearingController } from './commands/record-hearing/record-hearing.controller';
import { RecordHearingHandler } from './commands/record-hearing/record-hearing.handler';
import { RecordJudgmentController } from './commands/record-judgment/record-judgment.controller';
import { RecordJudgmentHandler } from './commands/record-judgment/record-judgment.handler';
import { StartPerformanceSupervisionController } from './commands/start-performance-supervision/start-performance-supervision.controller';
import { StartPerformanceSupervisionHandler } from './commands/start-performance-supervision/start-performance-supervision.handler';
import { SuperviseJudicialSuggestionController } from './commands/supervise-judicial-suggestion/supervise-judicial-suggestion.controller';
import { SuperviseJudicialSuggestionHandler } from './commands/supervise-judicial-suggestion/supervise-judicial-suggestion.handler';
import { LawsuitRepository } from './persistence/lawsuit.repository';
import { GetLawsuitController } from './queries/get-lawsuit/get-lawsuit.controller';
import { ListLawsuitsController } from './queries/list-lawsuits/list-lawsuits.controller';

@Module({
  controllers: [
    FileLawsuitController, RecordHearingController, RecordJudgmentController,
    StartPerformanceSupervisionController, ConcludePerformanceSupervisionController,
    ReceiveJudicialSuggestionController, SuperviseJudicialSuggestionController, AnswerJudicialSuggestionController,
    GetLawsuitController, ListLawsuitsController,
  ],
  providers: [
    LawsuitRepository, LawsuitCommandRunner, FileLawsuitHandler, RecordHearingHandler, RecordJudgmentHandler,
    StartPerformanceSupervisionHandler, ConcludePerformanceSupervisionHandler,
    ReceiveJudicialSuggestionHandler, SuperviseJudicialSuggestionHandler, AnswerJudicialSuggestionHandler,
  ],
})
export class LawsuitsModule {}
