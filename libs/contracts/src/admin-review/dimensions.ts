import { enumOf, isoTime, str } from '../schema';
import { ADMINISTRATIVE_MATTERS, REVIEW_CHANNELS } from './enums';

/**
 * What every review event carries so the reporting service never has to ask for it. The
 * respondent is an agency (an organisation, not a person); applicant details never leave the service.
 */
export const reviewDimensions = {
  channel: enumOf(REVIEW_CHANNELS),
  matter: enumOf(ADMINISTRATIVE_MATTERS),
  respondentAgency: str({ max: 200 }),
  receivedAt: isoTime(),
};

/** What every lawsuit event carries; the defendant is an agency and the court an institution. */
export const lawsuitDimensions = {
  defendantAgency: str({ max: 200 }),
  court: str({ max: 200 }),
  matter: enumOf(ADMINISTRATIVE_MATTERS),
  filedAt: isoTime(),
};
