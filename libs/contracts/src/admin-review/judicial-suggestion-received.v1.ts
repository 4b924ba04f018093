import { defineEvent, EventOf } from '../envelope';
import { isoTime, object, str, uuid } from '../schema';
import { Topics } from '../topics';
import { lawsuitDimensions } from './dimensions';

/**
 * A court's judicial suggestion (司法建议) arising from the lawsuit reached the defendant agency.
 * A lawsuit may bring several; `suggestionId` names each. Counted by `receivedAt`.
 */
export const JudicialSuggestionReceivedV1 = defineEvent(
  'adminreview.lawsuit.judicial-suggestion-received',
  1,
  Topics.adminReview,
  object({ ...lawsuitDimensions, suggestionId: uuid(), suggestingCourt: str({ max: 200 }), receivedAt: isoTime() }),
);
export type JudicialSuggestionReceivedV1 = EventOf<typeof JudicialSuggestionReceivedV1>;
