import { PROBLEM_CATEGORIES, ProblemCategory } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';

export class ProblemDto {
  @ApiProperty({ enum: PROBLEM_CATEGORIES })
  @IsIn(PROBLEM_CATEGORIES)
  category: ProblemCategory;

  @ApiProperty({ example: '未履行告知程序，缺少当事人陈述申辩记录', description: 'For the problem list; never published in an event', maxLength: 1000 })
  @IsText({ max: 1000, multiline: true })
  description: string;
}

export class ReviewFileDto {
  @TimestampField('When the panel reviewed the file; reports count reviews by this time, in the district time zone')
  reviewedAt: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 82, description: 'Grade: excellent ≥ 90, good ≥ 75, pass ≥ 60, fail below' })
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;

  @ApiProperty({ type: [ProblemDto], description: 'Problems found (may be empty)' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ProblemDto)
  problems: ProblemDto[];
}
