import { REVIEW_DECISIONS, ReviewDecision } from '@casetrack/contracts';
import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class DecideReviewDto {
  @TimestampField('When the review was decided (not before acceptedAt); after dueAt it is recorded as late')
  decidedAt: string;

  @ApiProperty({ enum: REVIEW_DECISIONS })
  @IsIn(REVIEW_DECISIONS)
  decision: ReviewDecision;
}
