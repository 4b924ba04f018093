import { CONTEST_KINDS, CONTEST_STATUSES, ContestKind, ContestStatus } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Contest } from '../../domain/contest';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** An online contest as the API shows it (the OpenAPI schema). */
export class ContestView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: CONTEST_KINDS }) kind: ContestKind;
  @ApiProperty(ZONED) openedAt: string;
  @ApiProperty({ enum: CONTEST_STATUSES }) status: ContestStatus;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) closedAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) participants: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A contest as the API shows it, times in the district's zone. */
export function toContestView(c: Contest, timeZone: string): ContestView {
  return {
    id: c.id, title: c.title, kind: c.kind, openedAt: formatInZone(c.openedAt, timeZone), status: c.status,
    closedAt: c.closedAt === null ? null : formatInZone(c.closedAt, timeZone), participants: c.participants,
    createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(),
  };
}
