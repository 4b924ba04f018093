import { Injectable } from '@nestjs/common';
import { closeContest } from '../../domain/contest';
import { contestClosed } from '../../domain/contest-events';
import { ContestCommandRunner } from '../contest-command.runner';
import { CloseContestDto } from './close-contest.dto';

/** Closes a contest with its participants and publishes legaleducation.contest.closed. */
@Injectable()
export class CloseContestHandler {
  constructor(private readonly runner: ContestCommandRunner) {}

  execute(id: string, dto: CloseContestDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/contests/:id/close', id, idempotencyKey, dto, (x, now) => closeContest(x, { closedAt: new Date(dto.closedAt), participants: dto.participants }, now), contestClosed);
  }
}
