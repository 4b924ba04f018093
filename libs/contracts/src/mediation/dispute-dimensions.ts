import { enumOf, isoTime, nullable, str } from '../schema';
import { COMMITTEE_FIELDS, COMMITTEE_KINDS, DISPUTE_CATEGORIES, DISPUTE_SOURCES } from './enums';

/** What every mediation event carries so the reporting service never has to ask for it. */
export const disputeDimensions = {
  committeeCode: str({ max: 50 }),
  committeeKind: enumOf(COMMITTEE_KINDS),
  committeeField: nullable(enumOf(COMMITTEE_FIELDS)),
  category: enumOf(DISPUTE_CATEGORIES),
  source: enumOf(DISPUTE_SOURCES),
  receivedAt: isoTime(),
};
