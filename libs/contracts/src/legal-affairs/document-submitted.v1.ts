import { defineEvent, EventOf } from '../envelope';
import { object } from '../schema';
import { Topics } from '../topics';
import { documentDimensions } from './dimensions';

/** A district unit submitted a document for legality review. Counted by `submittedAt`. */
export const DocumentSubmittedV1 = defineEvent('legalaffairs.document.submitted', 1, Topics.legalAffairs, object({ ...documentDimensions }));
export type DocumentSubmittedV1 = EventOf<typeof DocumentSubmittedV1>;
