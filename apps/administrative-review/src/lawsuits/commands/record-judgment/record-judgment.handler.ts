import { Injectable } from '@nestjs/common';
import { judgeLawsuit } from '../../domain/lawsuit';
import { lawsuitJudged } from '../../domain/lawsuit-events';
import { toLawsuitView } from '../../queries/get-lawsuit/lawsuit.view';
import { LawsuitCommandRunner } from '../lawsuit-command.runner';
import { RecordJudgmentDto } from './record-judgment.dto';

/** Records how a lawsuit ended, closes it and publishes adminreview.lawsuit.judged. */
@Injectable()
export class RecordJudgmentHandler {
  constructor(private readonly runner: LawsuitCommandRunner) {}

  execute(lawsuitId: string, dto: RecordJudgmentDto, idempotencyKey?: string) {
    return this.runner.changeLawsuit(
      'POST /v1/lawsuits/:id/judgment',
      lawsuitId,
      idempotencyKey,
      dto,
      (l, now) => ({ lawsuit: judgeLawsuit(l, { decidedAt: new Date(dto.decidedAt), outcome: dto.outcome }, now) }),
      (c, ctx) => lawsuitJudged(c.lawsuit, ctx),
      (c, parts) => ({ status: 200, body: toLawsuitView(c.lawsuit, this.runner.timeZone, parts) }),
    );
  }
}
