import { TimestampField } from '@casetrack/platform';

export class AcceptReviewDto {
  @TimestampField('When the office accepted the application (not before receivedAt); the decision is due 60 days after this date')
  acceptedAt: string;
}
