import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { HEADCOUNT } from '../../../headcount';

export class CloseContestDto {
  @TimestampField('When the contest closed (not before openedAt); reports count its participants by this time')
  closedAt: string;

  @ApiProperty({ ...HEADCOUNT, description: 'People who took part (参与人数)' })
  @IsInt()
  @Min(0)
  @Max(HEADCOUNT.maximum)
  participants: number;
}
