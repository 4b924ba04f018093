import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, nullable, object, str } from '../schema';
import { Topics } from '../topics';
import { COMMITTEE_FIELDS, COMMITTEE_KINDS } from './enums';

/** A committee or station was set up; the report counts committees by kind at each year's end. */
export const CommitteeRegisteredV1 = defineEvent(
  'mediation.committee.registered',
  1,
  Topics.mediation,
  object({
    code: str({ max: 50 }),
    kind: enumOf(COMMITTEE_KINDS),
    field: nullable(enumOf(COMMITTEE_FIELDS)),
    establishedAt: isoTime(),
  }),
);
export type CommitteeRegisteredV1 = EventOf<typeof CommitteeRegisteredV1>;
