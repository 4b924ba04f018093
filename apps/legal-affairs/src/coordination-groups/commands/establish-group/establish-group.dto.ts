import { COORDINATION_GROUP_FIELDS, CoordinationGroupField } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class EstablishGroupDto {
  @ApiProperty({ enum: COORDINATION_GROUP_FIELDS, description: 'legislation: 立法; enforcement: 执法; judiciary: 司法; law-observance: 普法守法' })
  @IsIn(COORDINATION_GROUP_FIELDS)
  field: CoordinationGroupField;

  @ApiProperty({ description: "The group's name (stays in this service; events never carry it)", example: '立法协调小组', minLength: 1, maxLength: 200 })
  @IsText({ max: 200 })
  name: string;

  @TimestampField('When the committee set the group up; reports count groups by this time')
  establishedAt: string;
}
