import { FuzzContext, ServiceOverrides } from './fuzz-service';

/** A lawsuit with one judicial suggestion received: the target of a suggestion's supervision and answer. */
async function lawsuitWithSuggestion(ctx: FuzzContext): Promise<Record<string, string>> {
  const { id } = await ctx.post('POST /v1/lawsuits');
  const suggestion = await ctx.post('POST /v1/lawsuits/{id}/judicial-suggestions', { id });
  return { id, suggestionId: suggestion.id };
}

/**
 * The states the administrative review operations need, for every fuzz suite: an extension or a
 * decision needs an accepted review; a judgment's performance is supervised once the lawsuit is
 * judged, and concluded once supervised; a suggestion's steps act on a received suggestion of a
 * lawsuit (two path ids). bad-input adds its hints and cross-field cases.
 */
export const ADMIN_REVIEW_SETUP: ServiceOverrides = {
  operations: {
    'POST /v1/reviews/{id}/extension': { after: ['POST /v1/reviews/{id}/acceptance'] },
    'POST /v1/reviews/{id}/decision': { after: ['POST /v1/reviews/{id}/acceptance'] },
    'POST /v1/lawsuits/{id}/performance-supervision': { after: ['POST /v1/lawsuits/{id}/judgment'] },
    'POST /v1/lawsuits/{id}/performance-supervision/conclusion': { after: ['POST /v1/lawsuits/{id}/judgment', 'POST /v1/lawsuits/{id}/performance-supervision'] },
    'POST /v1/lawsuits/{id}/judicial-suggestions/{suggestionId}/supervision': { target: lawsuitWithSuggestion },
    'POST /v1/lawsuits/{id}/judicial-suggestions/{suggestionId}/answer': { target: lawsuitWithSuggestion },
  },
};
