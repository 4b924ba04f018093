import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class ExtendReviewDto {
  @TimestampField('When the extension was granted (after acceptedAt, before the current dueAt)')
  extendedAt: string;

  @ApiProperty({ minimum: 1, maximum: 30, example: 30, description: 'Days the deadline moves; a review is extended at most once' })
  @IsInt()
  @Min(1)
  @Max(30)
  days: number;
}
