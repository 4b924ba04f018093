import { DISTRICT_UNIT_STATUSES, DistrictUnitStatus } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { DistrictUnit } from '../../domain/district-unit';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-01-02T09:00:00+08:00' } as const;

/** A district unit as the API shows it (the OpenAPI schema of every unit answer). */
export class DistrictUnitView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: "The unit's name, as engagements name it" }) name: string;
  @ApiProperty(ZONED) registeredAt: string;
  @ApiProperty({ enum: DISTRICT_UNIT_STATUSES }) status: DistrictUnitStatus;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) dissolvedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A unit as the API shows it, times in the district's zone. */
export function toDistrictUnitView(u: DistrictUnit, timeZone: string): DistrictUnitView {
  return {
    id: u.id, name: u.name, registeredAt: formatInZone(u.registeredAt, timeZone), status: u.status,
    dissolvedAt: u.dissolvedAt === null ? null : formatInZone(u.dissolvedAt, timeZone),
    createdAt: u.createdAt.toISOString(), updatedAt: u.updatedAt.toISOString(),
  };
}
