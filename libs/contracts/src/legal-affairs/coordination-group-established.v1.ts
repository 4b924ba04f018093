import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { COORDINATION_GROUP_FIELDS } from './enums';

/** The rule-of-law committee set up a coordination group (协调小组) of a field at `establishedAt`. Never its name. */
export const CoordinationGroupEstablishedV1 = defineEvent(
  'legalaffairs.coordination-group.established',
  1,
  Topics.legalAffairs,
  object({ field: enumOf(COORDINATION_GROUP_FIELDS), establishedAt: isoTime() }),
);
export type CoordinationGroupEstablishedV1 = EventOf<typeof CoordinationGroupEstablishedV1>;
