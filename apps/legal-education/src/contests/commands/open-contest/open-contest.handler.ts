import { Injectable } from '@nestjs/common';
import { openContest } from '../../domain/contest';
import { contestOpened } from '../../domain/contest-events';
import { ContestCommandRunner } from '../contest-command.runner';
import { OpenContestDto } from './open-contest.dto';

/** Opens an online contest and publishes legaleducation.contest.opened (without its title). */
@Injectable()
export class OpenContestHandler {
  constructor(private readonly runner: ContestCommandRunner) {}

  execute(dto: OpenContestDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/contests', idempotencyKey, dto, (now) => openContest({ ...dto, id: this.runner.newId(), openedAt: new Date(dto.openedAt) }, now), contestOpened);
  }
}
