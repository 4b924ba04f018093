import { AWARD_RANKS, AwardRank, LEVELS, Level, WORK_KINDS, WORK_SERIES, WORK_STATUSES, WorkKind, WorkSeries, WorkStatus } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Work } from '../../domain/work';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** A publicity work as the API shows it (the OpenAPI schema). */
export class WorkView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: WORK_KINDS }) kind: WorkKind;
  @ApiProperty({ enum: WORK_SERIES }) series: WorkSeries;
  @ApiProperty(ZONED) releasedAt: string;
  @ApiProperty({ enum: WORK_STATUSES }) status: WorkStatus;
  @ApiProperty({ enum: LEVELS, nullable: true }) awardLevel: Level | null;
  @ApiProperty({ enum: AWARD_RANKS, nullable: true }) awardRank: AwardRank | null;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) awardedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A work as the API shows it, times in the district's zone. */
export function toWorkView(w: Work, timeZone: string): WorkView {
  return {
    id: w.id, title: w.title, kind: w.kind, series: w.series, releasedAt: formatInZone(w.releasedAt, timeZone), status: w.status,
    awardLevel: w.awardLevel, awardRank: w.awardRank, awardedAt: w.awardedAt === null ? null : formatInZone(w.awardedAt, timeZone),
    createdAt: w.createdAt.toISOString(), updatedAt: w.updatedAt.toISOString(),
  };
}
