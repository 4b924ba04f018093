import { Module } from '@nestjs/common';
import { CommitteeMeetingCommandRunner } from './commands/committee-meeting-command.runner';
import { RecordCommitteeMeetingController } from './commands/record-committee-meeting/record-committee-meeting.controller';
import { RecordCommitteeMeetingHandler } from './commands/record-committee-meeting/record-committee-meeting.handler';
import { CommitteeMeetingRepository } from './persistence/committee-meeting.repository';
import { GetCommitteeMeetingController } from './queries/get-committee-meeting/get-committee-meeting.controller';
import { ListCommitteeMeetingsController } from './queries/list-committee-meetings/list-committee-meetings.controller';

/** The district rule-of-law committee's meetings (区委全面依法治区委员会会议). */
@Module({
  controllers: [RecordCommitteeMeetingController, GetCommitteeMeetingController, ListCommitteeMeetingsController],
  providers: [CommitteeMeetingRepository, CommitteeMeetingCommandRunner, RecordCommitteeMeetingHandler],
})
export class CommitteeMeetingsModule {}
