import { Injectable } from '@nestjs/common';
import { recordAgendaMeeting } from '../../domain/agenda-meeting';
import { agendaMeetingRecorded } from '../../domain/agenda-meeting-events';
import { AgendaMeetingCommandRunner } from '../agenda-meeting-command.runner';
import { RecordAgendaMeetingDto } from './record-agenda-meeting.dto';

/** Records a rule-of-law agenda meeting and publishes legalaffairs.agenda-meeting.recorded (without its subject). */
@Injectable()
export class RecordAgendaMeetingHandler {
  constructor(private readonly runner: AgendaMeetingCommandRunner) {}

  execute(dto: RecordAgendaMeetingDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/agenda-meetings', idempotencyKey, dto, (now) => recordAgendaMeeting({ ...dto, id: this.runner.newId(), heldAt: new Date(dto.heldAt) }, now), agendaMeetingRecorded);
  }
}
