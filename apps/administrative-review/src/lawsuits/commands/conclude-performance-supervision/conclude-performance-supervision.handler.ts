import { Injectable } from '@nestjs/common';
import { performanceSupervisionConcluded } from '../../domain/lawsuit-events';
import { concludePerformanceSupervision } from '../../domain/performance-supervision';
import { toLawsuitView } from '../../queries/get-lawsuit/lawsuit.view';
import { LawsuitCommandRunner } from '../lawsuit-command.runner';
import { ConcludePerformanceSupervisionDto } from './conclude-performance-supervision.dto';

/** Ends the supervision of a judgment's performance and publishes adminreview.lawsuit.performance-supervision-concluded. */
@Injectable()
export class ConcludePerformanceSupervisionHandler {
  constructor(private readonly runner: LawsuitCommandRunner) {}

  execute(lawsuitId: string, dto: ConcludePerformanceSupervisionDto, idempotencyKey?: string) {
    return this.runner.changeLawsuit(
      'POST /v1/lawsuits/:id/performance-supervision/conclusion',
      lawsuitId,
      idempotencyKey,
      dto,
      (l, now) => ({ lawsuit: concludePerformanceSupervision(l, { concludedAt: new Date(dto.concludedAt), result: dto.result }, now) }),
      (c, ctx) => performanceSupervisionConcluded(c.lawsuit, ctx),
      (c, parts) => ({ status: 200, body: toLawsuitView(c.lawsuit, this.runner.timeZone, parts) }),
    );
  }
}
