import { Injectable } from '@nestjs/common';
import { answerSuggestion, suggestionOf } from '../../domain/judicial-suggestion';
import { judicialSuggestionAnswered } from '../../domain/lawsuit-events';
import { toSuggestionView } from '../../queries/get-lawsuit/lawsuit.view';
import { LawsuitCommandRunner } from '../lawsuit-command.runner';
import { AnswerJudicialSuggestionDto } from './answer-judicial-suggestion.dto';

/** Moves one judicial suggestion of a lawsuit to answered and publishes adminreview.lawsuit.judicial-suggestion-answered. */
@Injectable()
export class AnswerJudicialSuggestionHandler {
  constructor(private readonly runner: LawsuitCommandRunner) {}

  execute(lawsuitId: string, suggestionId: string, dto: AnswerJudicialSuggestionDto, idempotencyKey?: string) {
    return this.runner.changeLawsuit(
      `POST /v1/lawsuits/:id/judicial-suggestions/${suggestionId}/answer`,
      lawsuitId,
      idempotencyKey,
      dto,
      (l, now, parts) => answerSuggestion(l, suggestionOf(l.id, parts.suggestions, suggestionId), new Date(dto.answeredAt), now),
      (c, ctx) => judicialSuggestionAnswered(c.lawsuit, c.suggestion!, ctx),
      (c) => ({ status: 200, body: toSuggestionView(c.suggestion!, this.runner.timeZone) }),
    );
  }
}
