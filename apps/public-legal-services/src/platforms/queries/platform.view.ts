import { PLATFORM_LEVELS, PLATFORM_STATUSES, PlatformLevel, PlatformStatus } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Platform } from '../domain/platform';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-01-02T09:00:00+08:00' } as const;

/** A platform as the API shows it (the OpenAPI schema of every platform answer). */
export class PlatformView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PLATFORM_LEVELS, description: 'centre: 区公共法律服务中心; station: 镇街工作站; room: 村(社区)工作室' }) level: PlatformLevel;
  @ApiProperty({ description: "The platform's name" }) name: string;
  @ApiProperty(ZONED) registeredAt: string;
  @ApiProperty({ enum: PLATFORM_STATUSES }) status: PlatformStatus;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) standardisedAt: string | null;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) closedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

const zoned = (d: Date | null, tz: string) => (d === null ? null : formatInZone(d, tz));

/** A platform as the API shows it, times in the district's zone. */
export function toPlatformView(p: Platform, timeZone: string): PlatformView {
  return {
    id: p.id, level: p.level, name: p.name, registeredAt: formatInZone(p.registeredAt, timeZone), status: p.status,
    standardisedAt: zoned(p.standardisedAt, timeZone), closedAt: zoned(p.closedAt, timeZone), createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
  };
}
