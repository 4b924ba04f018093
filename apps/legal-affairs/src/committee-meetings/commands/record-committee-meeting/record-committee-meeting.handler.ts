import { Injectable } from '@nestjs/common';
import { recordCommitteeMeeting } from '../../domain/committee-meeting';
import { committeeMeetingHeld } from '../../domain/committee-meeting-events';
import { CommitteeMeetingCommandRunner } from '../committee-meeting-command.runner';
import { RecordCommitteeMeetingDto } from './record-committee-meeting.dto';

/** Records a meeting of the rule-of-law committee and publishes legalaffairs.committee-meeting.held (without its subject). */
@Injectable()
export class RecordCommitteeMeetingHandler {
  constructor(private readonly runner: CommitteeMeetingCommandRunner) {}

  execute(dto: RecordCommitteeMeetingDto, idempotencyKey?: string) {
    return this.runner.create(
      'POST /v1/committee-meetings', idempotencyKey, dto,
      (now) => recordCommitteeMeeting({ id: this.runner.newId(), number: dto.number, heldAt: new Date(dto.heldAt), subject: dto.subject }, now),
      committeeMeetingHeld,
    );
  }
}
