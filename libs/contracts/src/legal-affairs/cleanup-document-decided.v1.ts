import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object, uuid } from '../schema';
import { Topics } from '../topics';
import { CLEANUP_OUTCOMES } from './enums';

/**
 * The campaign decided one document in force: kept, amended or repealed. Counted by `decidedAt`:
 * "44 reviewed" counts these, "2 repealed" those with outcome repealed. Never the document's title.
 */
export const CleanupDocumentDecidedV1 = defineEvent(
  'legalaffairs.cleanup.document-decided',
  1,
  Topics.legalAffairs,
  object({ startedAt: isoTime(), decisionId: uuid(), outcome: enumOf(CLEANUP_OUTCOMES), decidedAt: isoTime() }),
);
export type CleanupDocumentDecidedV1 = EventOf<typeof CleanupDocumentDecidedV1>;
