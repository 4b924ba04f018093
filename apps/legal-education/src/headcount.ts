import { MAX_HEADCOUNT } from '@casetrack/contracts';

/** The OpenAPI shape of a headcount field (the events' bound, MAX_HEADCOUNT). */
export const HEADCOUNT = { type: 'integer', minimum: 0, maximum: MAX_HEADCOUNT, example: 92 } as const;
