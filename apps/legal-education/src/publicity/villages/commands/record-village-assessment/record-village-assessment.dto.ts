import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class RecordVillageAssessmentDto {
  @ApiProperty({ description: 'The village or community (an administrative unit)', example: '井口镇南溪村', minLength: 1, maxLength: 200 })
  @IsText({ max: 200 })
  village: string;

  @TimestampField('When the village was assessed; reports count it by this time')
  assessedAt: string;

  @ApiProperty({ type: 'boolean', description: 'Whether it met the standard (达标)' })
  @IsBoolean()
  meetsStandard: boolean;
}
