import { Module } from '@nestjs/common';
import { AgendaMeetingCommandRunner } from './commands/agenda-meeting-command.runner';
import { RecordAgendaMeetingController } from './commands/record-agenda-meeting/record-agenda-meeting.controller';
import { RecordAgendaMeetingHandler } from './commands/record-agenda-meeting/record-agenda-meeting.handler';
import { AgendaMeetingRepository } from './persistence/agenda-meeting.repository';
import { GetAgendaMeetingController } from './queries/get-agenda-meeting/get-agenda-meeting.controller';
import { ListAgendaMeetingsController } from './queries/list-agenda-meetings/list-agenda-meetings.controller';

/** The rule-of-law agenda (法治建设议题): leadership meetings that studied rule-of-law work. */
@Module({
  controllers: [RecordAgendaMeetingController, GetAgendaMeetingController, ListAgendaMeetingsController],
  providers: [AgendaMeetingRepository, AgendaMeetingCommandRunner, RecordAgendaMeetingHandler],
})
export class AgendaModule {}
