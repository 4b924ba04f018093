import { Injectable } from '@nestjs/common';
import { performanceSupervisionStarted } from '../../domain/lawsuit-events';
import { startPerformanceSupervision } from '../../domain/performance-supervision';
import { toLawsuitView } from '../../queries/get-lawsuit/lawsuit.view';
import { LawsuitCommandRunner } from '../lawsuit-command.runner';
import { StartPerformanceSupervisionDto } from './start-performance-supervision.dto';

/** Starts supervising the performance of a closed lawsuit's judgment and publishes adminreview.lawsuit.performance-supervision-started. */
@Injectable()
export class StartPerformanceSupervisionHandler {
  constructor(private readonly runner: LawsuitCommandRunner) {}

  execute(lawsuitId: string, dto: StartPerformanceSupervisionDto, idempotencyKey?: string) {
    return this.runner.changeLawsuit(
      'POST /v1/lawsuits/:id/performance-supervision',
      lawsuitId,
      idempotencyKey,
      dto,
      (l, now) => ({ lawsuit: startPerformanceSupervision(l, { judgmentEffectiveAt: new Date(dto.judgmentEffectiveAt), startedAt: new Date(dto.startedAt) }, now) }),
      (c, ctx) => performanceSupervisionStarted(c.lawsuit, ctx),
      (c, parts) => ({ status: 200, body: toLawsuitView(c.lawsuit, this.runner.timeZone, parts) }),
    );
  }
}
