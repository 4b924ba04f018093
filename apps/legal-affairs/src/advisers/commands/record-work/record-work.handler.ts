import { Injectable } from '@nestjs/common';
import { EngagementCommandRunner } from '../engagement-command.runner';
import { RecordWorkDto } from './record-work.dto';

/** Records a piece of an adviser's work and publishes legalaffairs.adviser.work-recorded. */
@Injectable()
export class RecordWorkHandler {
  constructor(private readonly runner: EngagementCommandRunner) {}

  execute(engagementId: string, dto: RecordWorkDto, idempotencyKey?: string) {
    return this.runner.recordWork(engagementId, idempotencyKey, dto, { kind: dto.kind, performedAt: new Date(dto.performedAt) });
  }
}
