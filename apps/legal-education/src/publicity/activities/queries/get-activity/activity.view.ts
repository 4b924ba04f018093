import { ACTIVITY_KINDS, ActivityKind } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Activity } from '../../domain/activity';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** A activity as the API shows it (the OpenAPI schema). */
export class ActivityView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() unit: string;
  @ApiProperty({ enum: ACTIVITY_KINDS }) kind: ActivityKind;
  @ApiProperty(ZONED) heldAt: string;
  @ApiProperty() subject: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A activity as the API shows it, times in the district's zone. */
export function toActivityView(x: Activity, timeZone: string): ActivityView {
  return { id: x.id, unit: x.unit, kind: x.kind, heldAt: formatInZone(x.heldAt, timeZone), subject: x.subject, createdAt: x.createdAt.toISOString() };
}
