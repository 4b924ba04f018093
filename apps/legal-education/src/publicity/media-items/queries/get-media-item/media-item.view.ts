import { LEVELS, Level } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { MediaItem } from '../../domain/media-item';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** A media item as the API shows it (the OpenAPI schema). */
export class MediaItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LEVELS }) level: Level;
  @ApiProperty() outlet: string;
  @ApiProperty() headline: string;
  @ApiProperty(ZONED) adoptedAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A media item as the API shows it, times in the district's zone. */
export function toMediaItemView(x: MediaItem, timeZone: string): MediaItemView {
  return { id: x.id, level: x.level, outlet: x.outlet, headline: x.headline, adoptedAt: formatInZone(x.adoptedAt, timeZone), createdAt: x.createdAt.toISOString() };
}
