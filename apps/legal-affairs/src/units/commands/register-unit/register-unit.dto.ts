import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';

export class RegisterUnitDto {
  @ApiProperty({ description: "The unit's name, as engagements name it (an organisation)", example: '沙坪坝区司法局', minLength: 1, maxLength: 200 })
  @IsText({ max: 200 })
  name: string;

  @TimestampField('From when the unit counts as a district unit (its coverage is counted from then)')
  registeredAt: string;
}
