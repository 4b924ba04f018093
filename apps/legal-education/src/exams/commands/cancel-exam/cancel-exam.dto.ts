import { TimestampField } from '@casetrack/platform';

export class CancelExamDto {
  @TimestampField('When the session was cancelled (not before scheduledAt)')
  cancelledAt: string;
}
