import { REVIEW_OPINIONS, ReviewOpinion } from '@casetrack/contracts';
import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';

export class ReviewDocumentDto {
  @TimestampField('When the review was concluded (not before submittedAt); reports count reviewed documents by this time')
  reviewedAt: string;

  @ApiProperty({ enum: REVIEW_OPINIONS })
  @IsIn(REVIEW_OPINIONS)
  opinion: ReviewOpinion;

  @ApiProperty({ description: 'Determined to be a normative document (认定为行政规范性文件); only these are filed' })
  @IsBoolean()
  normative: boolean;
}
