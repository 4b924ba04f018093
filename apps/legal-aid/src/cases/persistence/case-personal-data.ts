import { EncryptedColumn } from '@casetrack/platform';

/**
 * The applicant's personal data columns of legal_aid.cases, stored encrypted only. `field` is
 * bound into each value, so a value copied into another column does not decrypt.
 */
export const CASE_PERSONAL_COLUMNS = {
  applicantName: { plain: 'applicant_name', encrypted: 'applicant_name_encrypted', field: 'legal_aid.cases.applicant_name' },
  applicantIdNumber: { plain: 'applicant_id_number', encrypted: 'applicant_id_number_encrypted', field: 'legal_aid.cases.applicant_id_number' },
} as const satisfies Record<string, EncryptedColumn>;
