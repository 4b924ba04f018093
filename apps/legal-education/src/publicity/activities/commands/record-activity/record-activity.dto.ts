import { ACTIVITY_KINDS, ActivityKind } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class RecordActivityDto {
  @ApiProperty({ description: 'The district unit that held it (an organisation)', example: '沙坪坝区市场监督管理局', minLength: 1, maxLength: 200 })
  @IsText({ max: 200 })
  unit: string;

  @ApiProperty({ enum: ACTIVITY_KINDS, description: 'publicity: 普法宣传; case-explanation: 以案释法; other' })
  @IsIn(ACTIVITY_KINDS)
  kind: ActivityKind;

  @TimestampField('When the activity was held; reports count activities by this time')
  heldAt: string;

  @ApiProperty({ description: 'What the activity was about (stays in this service; events never carry it)', example: '食品安全法进社区', minLength: 1, maxLength: 300 })
  @IsText({ max: 300 })
  subject: string;
}
