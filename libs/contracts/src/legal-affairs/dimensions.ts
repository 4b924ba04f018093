import { enumOf, isoTime, str } from '../schema';
import { ADVISER_KINDS, CONTRACT_KINDS, DOCUMENT_KINDS } from './enums';

/**
 * What every document event carries: the submitting unit (an organisation) and the kind. Never the
 * title: free text stays in the legal-affairs service.
 */
export const documentDimensions = {
  unit: str({ max: 200 }),
  kind: enumOf(DOCUMENT_KINDS),
  submittedAt: isoTime(),
};

/** What every contract event carries: the unit and the kind (each event adds the amount); never the title or the counterparty. */
export const contractDimensions = {
  unit: str({ max: 200 }),
  kind: enumOf(CONTRACT_KINDS),
  submittedAt: isoTime(),
};

/**
 * What every engagement event carries: the unit and the adviser's kind. Never the adviser's name:
 * a lawyer's name is personal data (and a firm named after its founder can be).
 */
export const engagementDimensions = {
  unit: str({ max: 200 }),
  adviserKind: enumOf(ADVISER_KINDS),
  startedAt: isoTime(),
};
