import { defineEvent, EventOf } from '../envelope';
import { isoTime, object, str, uuid } from '../schema';
import { Topics } from '../topics';
import { lawsuitDimensions } from './dimensions';

/** The office began supervising the agency's handling of a judicial suggestion (督办司法建议). Once per suggestion; counted by `supervisedAt`. */
export const JudicialSuggestionSupervisedV1 = defineEvent(
  'adminreview.lawsuit.judicial-suggestion-supervised',
  1,
  Topics.adminReview,
  object({ ...lawsuitDimensions, suggestionId: uuid(), suggestingCourt: str({ max: 200 }), receivedAt: isoTime(), supervisedAt: isoTime() }),
);
export type JudicialSuggestionSupervisedV1 = EventOf<typeof JudicialSuggestionSupervisedV1>;
