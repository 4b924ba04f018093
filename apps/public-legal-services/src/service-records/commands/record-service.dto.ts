import { SERVICE_CHANNELS, SERVICE_KINDS, ServiceChannel, ServiceKind } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class RecordServiceDto {
  @ApiProperty({ format: 'uuid', description: 'The platform the service was given at' })
  @IsUUID()
  platformId: string;

  @ApiProperty({ enum: SERVICE_CHANNELS, description: 'walk-in: 窗口; hotline-12348: 12348热线; wechat: 微信公众号; online: 网络平台' })
  @IsIn(SERVICE_CHANNELS)
  channel: ServiceChannel;

  @ApiProperty({ enum: SERVICE_KINDS })
  @IsIn(SERVICE_KINDS)
  kind: ServiceKind;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10000, example: 1, description: 'People served (人次)' })
  @IsInt()
  @Min(1)
  @Max(10_000)
  persons: number;

  @TimestampField('When the service was given (not before the platform opened); reports count persons by this time')
  servedAt: string;

  @ApiPropertyOptional({ description: 'What was asked or done (stays in this service; events never carry it)', maxLength: 500 })
  @IsOptional()
  @IsText({ max: 500 })
  note?: string;
}
