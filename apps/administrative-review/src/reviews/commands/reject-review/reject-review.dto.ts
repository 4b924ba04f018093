import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RejectReviewDto {
  @TimestampField('When the office declined to accept the application (not before receivedAt)')
  rejectedAt: string;

  @ApiProperty({ maxLength: 1000, description: 'Why it was not accepted; kept in this service only, never published' })
  @IsString()
  @Length(1, 1000)
  reason: string;
}
