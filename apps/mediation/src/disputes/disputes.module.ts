import { Module } from '@nestjs/common';
import { CommitteesModule } from '../committees/committees.module';
import { ConcludeDisputeController } from './commands/conclude-dispute/conclude-dispute.controller';
import { ConcludeDisputeHandler } from './commands/conclude-dispute/conclude-dispute.handler';
import { CorrectDisputeController } from './commands/correct-dispute/correct-dispute.controller';
import { CorrectDisputeHandler } from './commands/correct-dispute/correct-dispute.handler';
import { DisputeCommandRunner } from './commands/dispute-command.runner';
import { RegisterDisputeController } from './commands/register-dispute/register-dispute.controller';
import { RegisterDisputeHandler } from './commands/register-dispute/register-dispute.handler';
import { WithdrawDisputeController } from './commands/withdraw-dispute/withdraw-dispute.controller';
import { WithdrawDisputeHandler } from './commands/withdraw-dispute/withdraw-dispute.handler';
import { DisputeCorrectionRepository } from './persistence/dispute-correction.repository';
import { DisputeRepository } from './persistence/dispute.repository';
import { GetDisputeController } from './queries/get-dispute/get-dispute.controller';
import { ListDisputesController } from './queries/list-disputes/list-disputes.controller';

@Module({
  imports: [CommitteesModule],
  controllers: [RegisterDisputeController, ConcludeDisputeController, WithdrawDisputeController, CorrectDisputeController, GetDisputeController, ListDisputesController],
  providers: [DisputeRepository, DisputeCommandRunner, RegisterDisputeHandler, ConcludeDisputeHandler, WithdrawDisputeHandler, CorrectDisputeHandler, DisputeCorrectionRepository],
})
export class DisputesModule {}
