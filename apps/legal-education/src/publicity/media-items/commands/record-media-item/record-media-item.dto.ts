import { LEVELS, Level } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class RecordMediaItemDto {
  @ApiProperty({ enum: LEVELS, description: 'national: 国家级媒体; city: 市级; district: 区级' })
  @IsIn(LEVELS)
  level: Level;

  @ApiProperty({ description: 'The outlet that adopted it (stays in this service)', example: '法制日报', minLength: 1, maxLength: 200 })
  @IsText({ max: 200 })
  outlet: string;

  @ApiProperty({ description: 'The headline of the item (stays in this service)', example: '沙坪坝区创新普法宣传模式', minLength: 1, maxLength: 300 })
  @IsText({ max: 300 })
  headline: string;

  @TimestampField('When the media adopted (published) the item; reports count items by this time')
  adoptedAt: string;
}
