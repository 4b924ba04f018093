import { Injectable } from '@nestjs/common';
import { awardWork } from '../../domain/work';
import { workAwarded } from '../../domain/work-events';
import { WorkCommandRunner } from '../work-command.runner';
import { AwardWorkDto } from './award-work.dto';

/** Records a work's award and publishes legaleducation.work.awarded. */
@Injectable()
export class AwardWorkHandler {
  constructor(private readonly runner: WorkCommandRunner) {}

  execute(id: string, dto: AwardWorkDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/works/:id/award', id, idempotencyKey, dto, (x, now) => awardWork(x, { level: dto.level, rank: dto.rank, awardedAt: new Date(dto.awardedAt) }, now), workAwarded);
  }
}
