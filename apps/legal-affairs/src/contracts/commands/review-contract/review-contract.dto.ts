import { REVIEW_OPINIONS, ReviewOpinion } from '@casetrack/contracts';
import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class ReviewContractDto {
  @TimestampField('When the review was concluded (not before submittedAt); reports count reviewed contracts by this time')
  reviewedAt: string;

  @ApiProperty({ enum: REVIEW_OPINIONS })
  @IsIn(REVIEW_OPINIONS)
  opinion: ReviewOpinion;
}
