import { TimestampField } from '@casetrack/platform';

export class AcceptCaseDto {
  @TimestampField('When the desk accepted the application (not before appliedAt); reports count acceptances by this time')
  acceptedAt: string;
}
