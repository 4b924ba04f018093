import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';

export class RejectReviewDto {
  @TimestampField('When the office declined to accept the application (not before receivedAt)')
  rejectedAt: string;

  @ApiProperty({ maxLength: 1000, description: 'Why it was not accepted; kept in this service only, never published' })
  @IsText({ max: 1000, multiline: true })
  reason: string;
}
