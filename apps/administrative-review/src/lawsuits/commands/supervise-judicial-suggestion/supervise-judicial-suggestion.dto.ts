import { TimestampField } from '@casetrack/platform';

export class SuperviseJudicialSuggestionDto {
  @TimestampField("When the office began supervising the agency's handling (督办); not before receivedAt. Reports count supervised suggestions by this time")
  supervisedAt: string;
}
