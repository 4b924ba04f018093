import { ApiProperty } from '@nestjs/swagger';
import { PartitionProgress } from '../projections/partition-progress';
import { RebuildJob, RebuildStatus } from './rebuild-job';

// The OpenAPI schemas of the rebuild's answers (RebuildJob in rebuild-job.ts is what they describe).

const STATUSES: RebuildStatus[] = ['preparing', 'replaying', 'catching-up', 'switching', 'done', 'failed', 'aborting', 'aborted', 'timed-out'];

/** One topic-partition of a rebuild. */
export class PartitionProgressView implements PartitionProgress {
  @ApiProperty() topic: string;
  @ApiProperty({ type: 'integer' }) partition: number;
  @ApiProperty({ type: 'integer' }) position: number;
  @ApiProperty({ type: 'integer' }) end: number;
  @ApiProperty({ type: 'integer' }) lag: number;
  @ApiProperty({ format: 'date-time' }) lastProgressAt: string;
  @ApiProperty() stalled: boolean;
}

/** A rebuild as the API shows it. */
export class RebuildJobView implements RebuildJob {
  @ApiProperty() id: string;
  @ApiProperty({ enum: STATUSES }) status: RebuildStatus;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) finishedAt: string | null;
  @ApiProperty({ format: 'date-time' }) lastProgressAt: string;
  @ApiProperty() previousGroupId: string;
  @ApiProperty() groupId: string;
  @ApiProperty({ type: 'integer' }) applied: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, nullable: true, description: 'Per topic; null before it reads' }) lag: Record<string, number> | null;
  @ApiProperty({ type: [PartitionProgressView] }) partitions: PartitionProgressView[];
  @ApiProperty() stalled: boolean;
  @ApiProperty({ type: String, nullable: true }) retiredSchema: string | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ format: 'date-time' }) deadline: string;
}

/** GET /v1/admin/rebuild. */
export class RebuildStateView {
  @ApiProperty({ type: RebuildJobView, nullable: true, description: 'Null when this instance has run none' }) rebuild: RebuildJobView | null;
}
