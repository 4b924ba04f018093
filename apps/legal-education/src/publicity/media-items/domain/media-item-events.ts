import { MediaItemAdoptedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { MediaItem } from './media-item';

/** legaleducation.media-item.adopted: level, adoptedAt; nothing else. */
export function mediaItemRecorded(x: MediaItem, ctx: EventContext): MediaItemAdoptedV1 {
  return { ...envelopeFor(MediaItemAdoptedV1.type, x.id, x.sequence, ctx), payload: { level: x.level, adoptedAt: formatInZone(x.adoptedAt, ctx.timeZone) } };
}
