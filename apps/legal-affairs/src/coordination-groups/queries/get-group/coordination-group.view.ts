import { COORDINATION_GROUP_FIELDS, COORDINATION_GROUP_STATUSES, CoordinationGroupField, CoordinationGroupStatus } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { CoordinationGroup } from '../../domain/coordination-group';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-03-01T09:00:00+08:00' } as const;

/** A coordination group as the API shows it (the OpenAPI schema of every group answer). */
export class CoordinationGroupView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COORDINATION_GROUP_FIELDS }) field: CoordinationGroupField;
  @ApiProperty({ description: "The group's name" }) name: string;
  @ApiProperty(ZONED) establishedAt: string;
  @ApiProperty({ enum: COORDINATION_GROUP_STATUSES }) status: CoordinationGroupStatus;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) dissolvedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A group as the API shows it, times in the district's zone. */
export function toCoordinationGroupView(g: CoordinationGroup, timeZone: string): CoordinationGroupView {
  return {
    id: g.id, field: g.field, name: g.name, establishedAt: formatInZone(g.establishedAt, timeZone), status: g.status,
    dissolvedAt: g.dissolvedAt === null ? null : formatInZone(g.dissolvedAt, timeZone),
    createdAt: g.createdAt.toISOString(), updatedAt: g.updatedAt.toISOString(),
  };
}
