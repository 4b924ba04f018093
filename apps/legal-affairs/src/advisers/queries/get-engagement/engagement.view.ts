import { ADVISER_KINDS, ADVISER_WORK_KINDS, AdviserKind, AdviserWorkKind, ENGAGEMENT_STATUSES, EngagementStatus } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Engagement, WorkRecord } from '../../domain/engagement';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** A work record as the API shows it (the OpenAPI schema). */
export class WorkRecordView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) engagementId: string;
  @ApiProperty({ enum: ADVISER_WORK_KINDS }) kind: AdviserWorkKind;
  @ApiProperty(ZONED) performedAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** An adviser's engagement as the API shows it (the OpenAPI schema of every engagement answer). */
export class EngagementView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The district unit that engaged the adviser' }) unit: string;
  @ApiProperty({ description: "The adviser's or firm's name" }) adviser: string;
  @ApiProperty({ enum: ADVISER_KINDS }) adviserKind: AdviserKind;
  @ApiProperty(ZONED) startedAt: string;
  @ApiProperty({ enum: ENGAGEMENT_STATUSES }) status: EngagementStatus;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) endedAt: string | null;
  @ApiProperty({ type: 'integer' }) workRecordCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** The answer to recording work: the work record and the engagement after it. */
export class WorkRecordedView {
  @ApiProperty({ type: WorkRecordView }) workRecord: WorkRecordView;
  @ApiProperty({ type: EngagementView }) engagement: EngagementView;
}

/** A page of an engagement's work records (GET /v1/engagements/{id}/work-records). */
export class WorkRecordListView {
  @ApiProperty({ type: [WorkRecordView], description: 'In the order the work was done' }) items: WorkRecordView[];
}

/** A work record as the API shows it, times in the district's zone. */
export function toWorkRecordView(w: WorkRecord, timeZone: string): WorkRecordView {
  return { id: w.id, engagementId: w.engagementId, kind: w.kind, performedAt: formatInZone(w.performedAt, timeZone), createdAt: w.createdAt.toISOString() };
}

/** An engagement as the API shows it, times in the district's zone. */
export function toEngagementView(e: Engagement, timeZone: string): EngagementView {
  return {
    id: e.id,
    unit: e.unit,
    adviser: e.adviser,
    adviserKind: e.adviserKind,
    startedAt: formatInZone(e.startedAt, timeZone),
    status: e.status,
    endedAt: e.endedAt === null ? null : formatInZone(e.endedAt, timeZone),
    workRecordCount: e.workRecordCount,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
