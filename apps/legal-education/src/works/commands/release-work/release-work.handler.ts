import { Injectable } from '@nestjs/common';
import { releaseWork } from '../../domain/work';
import { workReleased } from '../../domain/work-events';
import { WorkCommandRunner } from '../work-command.runner';
import { ReleaseWorkDto } from './release-work.dto';

/** Records a released work and publishes legaleducation.work.released (without its title). */
@Injectable()
export class ReleaseWorkHandler {
  constructor(private readonly runner: WorkCommandRunner) {}

  execute(dto: ReleaseWorkDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/works', idempotencyKey, dto, (now) => releaseWork({ ...dto, id: this.runner.newId(), releasedAt: new Date(dto.releasedAt) }, now), workReleased);
  }
}
