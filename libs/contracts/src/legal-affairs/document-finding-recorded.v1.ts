import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { documentDimensions } from './dimensions';
import { DOCUMENT_FINDINGS } from './enums';

/**
 * A filed document was later found unlawful or revoked. Counted by `foundAt`; the seed's "of those
 * filed, none found unlawful or revoked" counts these (by `filedAt` for the year of filing).
 */
export const DocumentFindingRecordedV1 = defineEvent(
  'legalaffairs.document.finding-recorded',
  1,
  Topics.legalAffairs,
  object({ ...documentDimensions, filedAt: isoTime(), finding: enumOf(DOCUMENT_FINDINGS), foundAt: isoTime() }),
);
export type DocumentFindingRecordedV1 = EventOf<typeof DocumentFindingRecordedV1>;
