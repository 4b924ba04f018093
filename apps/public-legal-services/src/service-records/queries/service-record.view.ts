import { PLATFORM_LEVELS, PlatformLevel, SERVICE_CHANNELS, SERVICE_KINDS, ServiceChannel, ServiceKind } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { ServiceRecord } from '../domain/service-record';

/** A service record as the API shows it (the OpenAPI schema). */
export class ServiceRecordView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) platformId: string;
  @ApiProperty({ enum: PLATFORM_LEVELS }) level: PlatformLevel;
  @ApiProperty({ enum: SERVICE_CHANNELS }) channel: ServiceChannel;
  @ApiProperty({ enum: SERVICE_KINDS }) kind: ServiceKind;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10000, description: 'People served (人次)' }) persons: number;
  @ApiProperty({ format: 'date-time', description: "In the district's time zone", example: '2019-03-01T10:00:00+08:00' }) servedAt: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toServiceRecordView(r: ServiceRecord, timeZone: string): ServiceRecordView {
  return {
    id: r.id, platformId: r.platformId, level: r.level, channel: r.channel, kind: r.kind, persons: r.persons,
    servedAt: formatInZone(r.servedAt, timeZone), note: r.note, createdAt: r.createdAt.toISOString(),
  };
}
