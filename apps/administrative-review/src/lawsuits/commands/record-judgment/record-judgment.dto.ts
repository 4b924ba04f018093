import { LAWSUIT_OUTCOMES, LawsuitOutcome } from '@casetrack/contracts';
import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class RecordJudgmentDto {
  @TimestampField('When the court decided (or the lawsuit otherwise ended); not before filedAt')
  decidedAt: string;

  @ApiProperty({ enum: LAWSUIT_OUTCOMES })
  @IsIn(LAWSUIT_OUTCOMES)
  outcome: LawsuitOutcome;
}
