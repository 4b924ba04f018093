import { AWARD_RANKS, AwardRank, LEVELS, Level } from '@casetrack/contracts';
import { TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class AwardWorkDto {
  @ApiProperty({ enum: LEVELS, description: 'national: 全国; city: 全市; district: 全区' })
  @IsIn(LEVELS)
  level: Level;

  @ApiProperty({ enum: AWARD_RANKS, description: 'first, second, third: 一、二、三等奖; excellence: 优秀奖' })
  @IsIn(AWARD_RANKS)
  rank: AwardRank;

  @TimestampField('When the award was given (not before releasedAt); reports count awards by this time')
  awardedAt: string;
}
