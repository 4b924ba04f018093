import { TimestampField } from '@casetrack/platform';

export class EndEngagementDto {
  @TimestampField('When the engagement ended (解聘, or the end of its term); not before startedAt nor the latest work')
  endedAt: string;
}
