import { ADVISER_KINDS, AdviserKind } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class EngageAdviserDto {
  @ApiProperty({ description: 'The district unit that engaged the adviser', example: '沙坪坝区司法局', minLength: 1, maxLength: 200 })
  @IsText({ max: 200 })
  unit: string;

  @ApiProperty({ description: "The adviser's or firm's name (stays in this service; events never carry it)", example: '重庆某某律师事务所', minLength: 1, maxLength: 200 })
  @IsText({ max: 200 })
  adviser: string;

  @ApiProperty({ enum: ADVISER_KINDS })
  @IsIn(ADVISER_KINDS)
  adviserKind: AdviserKind;

  @TimestampField('When the engagement began (选聘)')
  startedAt: string;
}
