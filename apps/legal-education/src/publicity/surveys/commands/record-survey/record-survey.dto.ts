import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { HEADCOUNT } from '../../../../headcount';

export class RecordSurveyDto {
  @TimestampField('When the survey was conducted; reports count it by this time')
  conductedAt: string;

  @ApiProperty({ ...HEADCOUNT, description: 'Residents who answered' })
  @IsInt()
  @Min(0)
  @Max(HEADCOUNT.maximum)
  respondents: number;

  @ApiProperty({ ...HEADCOUNT, description: 'Of them, those who knew of the publicity (知晓), at most respondents' })
  @IsInt()
  @Min(0)
  @Max(HEADCOUNT.maximum)
  aware: number;

  @ApiProperty({ ...HEADCOUNT, description: 'Of them, those who took part in an activity (参与), at most respondents' })
  @IsInt()
  @Min(0)
  @Max(HEADCOUNT.maximum)
  participated: number;

  @ApiProperty({ ...HEADCOUNT, description: 'Of them, those satisfied (满意), at most respondents' })
  @IsInt()
  @Min(0)
  @Max(HEADCOUNT.maximum)
  satisfied: number;
}
