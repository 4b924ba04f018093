import { ServiceOverrides } from './fuzz-service';

/**
 * The states legal-affairs operations need, for the fuzz suites that only set up targets (text
 * edges, transport, huge amounts): a unit's name must be free, a filing needs a review that found the document normative and
 * did not reject it, a finding needs the filing. bad-input adds its hints and cross-field cases.
 */
export const LEGAL_AFFAIRS_SETUP: ServiceOverrides = {
  operations: {
    'POST /v1/documents/{id}/review': { body: () => ({ opinion: 'approved', normative: true }) },
    'POST /v1/documents/{id}/filing': { after: ['POST /v1/documents/{id}/review'] },
    'POST /v1/documents/{id}/finding': { after: ['POST /v1/documents/{id}/review', 'POST /v1/documents/{id}/filing'] },
    // One active unit per name: every valid body names a unit of its own.
    'POST /v1/units': { body: (ctx) => ({ name: ctx.unique('fuzz unit') }) },
  },
};
