import { ServiceOverrides } from './fuzz-service';

/**
 * The states legal-education operations need, for the fuzz suites that only set up targets (text
 * edges, transport, huge amounts): none beyond the record each step acts on — results, a
 * cancellation, a close and an award each act on a session, contest or work just created, and the
 * documented examples keep the counts within their bounds (sat ≤ expected, passed ≤ sat, a survey's
 * answers ≤ its respondents). bad-input adds its hints and cross-field cases.
 */
export const LEGAL_EDUCATION_SETUP: ServiceOverrides = { operations: {} };
