import { COMMITTEE_FIELDS, COMMITTEE_KINDS } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Committee } from '../../domain/committee';

/** A committee as the API shows it (the OpenAPI schema of every committee answer). */
export class CommitteeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COMMITTEE_KINDS }) kind: string;
  @ApiProperty({ enum: COMMITTEE_FIELDS, nullable: true }) field: string | null;
  @ApiProperty({ format: 'date-time', description: "In the district's time zone", example: '2019-01-01T00:00:00+08:00' }) establishedAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export const toCommitteeView = (c: Committee, timeZone: string): CommitteeView => ({
  id: c.id,
  code: c.code,
  name: c.name,
  kind: c.kind,
  field: c.field,
  establishedAt: formatInZone(c.establishedAt, timeZone),
  createdAt: c.createdAt.toISOString(),
});
