import { Module } from '@nestjs/common';
import { CreateCommitteeController } from './commands/create-committee/create-committee.controller';
import { CreateCommitteeHandler } from './commands/create-committee/create-committee.handler';
import { CommitteeRepository } from './persistence/committee.repository';
import { ListCommitteesController } from './queries/list-committees/list-committees.controller';

@Module({
  controllers: [CreateCommitteeController, ListCommitteesController],
  providers: [CreateCommitteeHandler, CommitteeRepository],
  exports: [CommitteeRepository],
})
export class CommitteesModule {}
