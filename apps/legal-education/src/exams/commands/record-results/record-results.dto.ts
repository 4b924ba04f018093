import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { HEADCOUNT } from '../../../headcount';

export class RecordResultsDto {
  @TimestampField('When the session was held (not before scheduledAt); reports count the session by this time')
  heldAt: string;

  @ApiProperty({ ...HEADCOUNT, description: 'Candidates who sat (参考人数), at most candidatesExpected' })
  @IsInt()
  @Min(0)
  @Max(HEADCOUNT.maximum)
  sat: number;

  @ApiProperty({ ...HEADCOUNT, description: 'Candidates who passed (通过人数), at most sat' })
  @IsInt()
  @Min(0)
  @Max(HEADCOUNT.maximum)
  passed: number;
}
