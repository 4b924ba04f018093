import { CONTEST_KINDS, ContestKind } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class OpenContestDto {
  @ApiProperty({ description: "The contest's name (stays in this service; events never carry it)", example: '宪法知识竞赛', minLength: 1, maxLength: 300 })
  @IsText({ max: 300 })
  title: string;

  @ApiProperty({ enum: CONTEST_KINDS, description: 'party-regulations: 党内法规知识竞赛; constitution: 宪法知识竞赛' })
  @IsIn(CONTEST_KINDS)
  kind: ContestKind;

  @TimestampField('When the contest opened')
  openedAt: string;
}
