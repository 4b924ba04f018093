import { PROVIDER_KINDS, PROVIDER_STATUSES, ProviderKind, ProviderStatus } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Provider } from '../domain/provider';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-01-02T09:00:00+08:00' } as const;

export class ProviderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PROVIDER_KINDS }) kind: ProviderKind;
  @ApiProperty() name: string;
  @ApiProperty(ZONED) registeredAt: string;
  @ApiProperty({ enum: PROVIDER_STATUSES }) status: ProviderStatus;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) deregisteredAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toProviderView(p: Provider, timeZone: string): ProviderView {
  return {
    id: p.id, kind: p.kind, name: p.name, registeredAt: formatInZone(p.registeredAt, timeZone), status: p.status,
    deregisteredAt: p.deregisteredAt === null ? null : formatInZone(p.deregisteredAt, timeZone), createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
  };
}
