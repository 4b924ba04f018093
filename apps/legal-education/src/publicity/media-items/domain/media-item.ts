import { Level } from '@casetrack/contracts';

/** A publicity item adopted by the media (媒体采用普法信息), e.g. by a national outlet: a record of one event. */
export interface MediaItem {
  id: string;
  level: Level;
  /** The outlet that adopted it (stays in this service) */
  outlet: string;
  /** The item's headline (stays in this service) */
  headline: string;
  adoptedAt: Date;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export type RecordMediaItemInput = { id: string; level: Level; outlet: string; headline: string; adoptedAt: Date };

/** A newly recorded media item (its only event has sequence 1). */
export function recordMediaItem(input: RecordMediaItemInput, now: Date): MediaItem {
  return { ...input, sequence: 1, createdAt: now, updatedAt: now };
}
