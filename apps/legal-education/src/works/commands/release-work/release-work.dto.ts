import { WORK_KINDS, WORK_SERIES, WorkKind, WorkSeries } from '@casetrack/contracts';
import { IsText, TimestampField } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export class ReleaseWorkDto {
  @ApiProperty({ description: "The work's title (stays in this service; events never carry it)", example: '学宪法·有办法', minLength: 1, maxLength: 300 })
  @IsText({ max: 300 })
  title: string;

  @ApiProperty({ enum: WORK_KINDS, description: 'micro-video: 公益微视频' })
  @IsIn(WORK_KINDS)
  kind: WorkKind;

  @ApiProperty({ enum: WORK_SERIES, description: 'i-and-the-constitution: the "我与宪法" series' })
  @IsIn(WORK_SERIES)
  series: WorkSeries;

  @TimestampField('When the work was released; reports count works by this time')
  releasedAt: string;
}
