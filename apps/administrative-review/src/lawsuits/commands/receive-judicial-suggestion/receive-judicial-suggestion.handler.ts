import { Injectable } from '@nestjs/common';
import { receiveSuggestion } from '../../domain/judicial-suggestion';
import { judicialSuggestionReceived } from '../../domain/lawsuit-events';
import { toSuggestionView } from '../../queries/get-lawsuit/lawsuit.view';
import { LawsuitCommandRunner } from '../lawsuit-command.runner';
import { ReceiveJudicialSuggestionDto } from './receive-judicial-suggestion.dto';

/** Records a judicial suggestion arising from a lawsuit and publishes adminreview.lawsuit.judicial-suggestion-received. */
@Injectable()
export class ReceiveJudicialSuggestionHandler {
  constructor(private readonly runner: LawsuitCommandRunner) {}

  execute(lawsuitId: string, dto: ReceiveJudicialSuggestionDto, idempotencyKey?: string) {
    return this.runner.changeLawsuit(
      'POST /v1/lawsuits/:id/judicial-suggestions',
      lawsuitId,
      idempotencyKey,
      dto,
      (l, now) => receiveSuggestion(l, { id: this.runner.newId(), court: dto.court, receivedAt: new Date(dto.receivedAt) }, now),
      (c, ctx) => judicialSuggestionReceived(c.lawsuit, c.suggestion!, ctx),
      (c) => ({ status: 201, body: toSuggestionView(c.suggestion!, this.runner.timeZone) }),
    );
  }
}
