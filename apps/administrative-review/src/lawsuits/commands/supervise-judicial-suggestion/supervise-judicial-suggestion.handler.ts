import { Injectable } from '@nestjs/common';
import { superviseSuggestion, suggestionOf } from '../../domain/judicial-suggestion';
import { judicialSuggestionSupervised } from '../../domain/lawsuit-events';
import { toSuggestionView } from '../../queries/get-lawsuit/lawsuit.view';
import { LawsuitCommandRunner } from '../lawsuit-command.runner';
import { SuperviseJudicialSuggestionDto } from './supervise-judicial-suggestion.dto';

/** Moves one judicial suggestion of a lawsuit to supervised and publishes adminreview.lawsuit.judicial-suggestion-supervised. */
@Injectable()
export class SuperviseJudicialSuggestionHandler {
  constructor(private readonly runner: LawsuitCommandRunner) {}

  execute(lawsuitId: string, suggestionId: string, dto: SuperviseJudicialSuggestionDto, idempotencyKey?: string) {
    return this.runner.changeLawsuit(
      `POST /v1/lawsuits/:id/judicial-suggestions/${suggestionId}/supervision`,
      lawsuitId,
      idempotencyKey,
      dto,
      (l, now, parts) => superviseSuggestion(l, suggestionOf(l.id, parts.suggestions, suggestionId), new Date(dto.supervisedAt), now),
      (c, ctx) => judicialSuggestionSupervised(c.lawsuit, c.suggestion!, ctx),
      (c) => ({ status: 200, body: toSuggestionView(c.suggestion!, this.runner.timeZone) }),
    );
  }
}
