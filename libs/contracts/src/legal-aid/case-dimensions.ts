import { arrayOf, bool, enumOf, isoTime } from '../schema';
import { APPLICANT_GROUPS, LEGAL_AID_CASE_TYPES, LEGAL_AID_CHANNELS, LEGAL_AID_MATTERS } from './enums';

/**
 * What every legal aid event carries so the reporting service never has to ask for it. Never the
 * applicant's name or identity number, nor the lawyer's name: those stay in the legal-aid service.
 */
export const legalAidDimensions = {
  applicantGroups: arrayOf(enumOf(APPLICANT_GROUPS), { min: 1, max: APPLICANT_GROUPS.length }),
  caseType: enumOf(LEGAL_AID_CASE_TYPES),
  matter: enumOf(LEGAL_AID_MATTERS),
  channel: enumOf(LEGAL_AID_CHANNELS),
  greenChannel: bool(),
  appliedAt: isoTime(),
};
