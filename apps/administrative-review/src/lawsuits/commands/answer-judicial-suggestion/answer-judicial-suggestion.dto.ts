import { TimestampField } from '@casetrack/platform';

export class AnswerJudicialSuggestionDto {
  @TimestampField("When the agency answered the court; not before the suggestion was received or supervised")
  answeredAt: string;
}
