import { Module } from '@nestjs/common';
import { AcceptCaseController } from './commands/accept-case/accept-case.controller';
import { AcceptCaseHandler } from './commands/accept-case/accept-case.handler';
import { ApplyForAidController } from './commands/apply-for-aid/apply-for-aid.controller';
import { ApplyForAidHandler } from './commands/apply-for-aid/apply-for-aid.handler';
import { AssignCaseController } from './commands/assign-case/assign-case.controller';
import { AssignCaseHandler } from './commands/assign-case/assign-case.handler';
import { CaseCommandRunner } from './commands/case-command.runner';
import { CloseCaseController } from './commands/close-case/close-case.controller';
import { CloseCaseHandler } from './commands/close-case/close-case.handler';
import { CorrectCaseController } from './commands/correct-case/correct-case.controller';
import { CorrectCaseHandler } from './commands/correct-case/correct-case.handler';
import { RejectCaseController } from './commands/reject-case/reject-case.controller';
import { RejectCaseHandler } from './commands/reject-case/reject-case.handler';
import { CaseCorrectionRepository } from './persistence/case-correction.repository';
import { CaseRepository } from './persistence/case.repository';
import { GetCaseController } from './queries/get-case/get-case.controller';
import { GetCasePersonalDataController } from './queries/get-case-personal-data/get-case-personal-data.controller';
import { ListCasesController } from './queries/list-cases/list-cases.controller';

@Module({
  controllers: [
    ApplyForAidController, AcceptCaseController, RejectCaseController, AssignCaseController, CloseCaseController, CorrectCaseController,
    GetCaseController, GetCasePersonalDataController, ListCasesController,
  ],
  providers: [
    CaseRepository, CaseCommandRunner, ApplyForAidHandler, AcceptCaseHandler, RejectCaseHandler, AssignCaseHandler, CloseCaseHandler,
    CorrectCaseHandler, CaseCorrectionRepository,
  ],
})
export class CasesModule {}
