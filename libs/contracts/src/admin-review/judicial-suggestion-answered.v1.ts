import { defineEvent, EventOf } from '../envelope';
import { isoTime, nullable, object, str, uuid } from '../schema';
import { Topics } from '../topics';
import { lawsuitDimensions } from './dimensions';

/** The agency answered the court's judicial suggestion; the suggestion is closed. `supervisedAt` is null when it was answered unsupervised. Counted by `answeredAt`. */
export const JudicialSuggestionAnsweredV1 = defineEvent(
  'adminreview.lawsuit.judicial-suggestion-answered',
  1,
  Topics.adminReview,
  object({ ...lawsuitDimensions, suggestionId: uuid(), suggestingCourt: str({ max: 200 }), receivedAt: isoTime(), supervisedAt: nullable(isoTime()), answeredAt: isoTime() }),
);
export type JudicialSuggestionAnsweredV1 = EventOf<typeof JudicialSuggestionAnsweredV1>;
