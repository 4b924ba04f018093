import { Injectable } from '@nestjs/common';
import { engageAdviser } from '../../domain/engagement';
import { adviserEngaged } from '../../domain/engagement-events';
import { EngagementCommandRunner } from '../engagement-command.runner';
import { EngageAdviserDto } from './engage-adviser.dto';

/** Registers an adviser's engagement and publishes legalaffairs.adviser.engaged (without the adviser's name). */
@Injectable()
export class EngageAdviserHandler {
  constructor(private readonly runner: EngagementCommandRunner) {}

  execute(dto: EngageAdviserDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/engagements', idempotencyKey, dto, (now) => engageAdviser({ ...dto, id: this.runner.newId(), startedAt: new Date(dto.startedAt) }, now), adviserEngaged);
  }
}
