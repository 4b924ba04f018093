import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { COORDINATION_GROUP_FIELDS } from './enums';

/** The coordination group was dissolved at `dissolvedAt`. */
export const CoordinationGroupDissolvedV1 = defineEvent(
  'legalaffairs.coordination-group.dissolved',
  1,
  Topics.legalAffairs,
  object({ field: enumOf(COORDINATION_GROUP_FIELDS), establishedAt: isoTime(), dissolvedAt: isoTime() }),
);
export type CoordinationGroupDissolvedV1 = EventOf<typeof CoordinationGroupDissolvedV1>;
