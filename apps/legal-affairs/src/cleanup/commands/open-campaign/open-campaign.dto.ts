import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';

export class OpenCleanupCampaignDto {
  @ApiProperty({ description: "The campaign's name (stays in this service; events never carry it)", example: '2019年行政规范性文件全面清理', minLength: 1, maxLength: 300 })
  @IsText({ max: 300 })
  title: string;

  @TimestampField('When the campaign began')
  startedAt: string;
}
