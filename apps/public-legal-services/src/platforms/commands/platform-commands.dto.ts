import { PLATFORM_LEVELS, PlatformLevel } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class RegisterPlatformDto {
  @ApiProperty({ enum: PLATFORM_LEVELS, description: 'centre: 区公共法律服务中心; station: 镇街公共法律服务工作站; room: 村(社区)公共法律服务工作室' })
  @IsIn(PLATFORM_LEVELS)
  level: PlatformLevel;

  @ApiProperty({ description: "The platform's name (stays in this service; events never carry it)", example: '沙坪坝区公共法律服务中心', minLength: 1, maxLength: 200 })
  @IsText({ max: 200 })
  name: string;

  @TimestampField('When the platform opened; it serves from then')
  registeredAt: string;
}

export class StandardisePlatformDto {
  @TimestampField('When the platform completed its standardisation (完成规范化建设; not before registeredAt); reports count it in that year')
  standardisedAt: string;
}

export class ClosePlatformDto {
  @TimestampField('When the platform closed (not before it was registered or standardised); no service is recorded after it')
  closedAt: string;
}
