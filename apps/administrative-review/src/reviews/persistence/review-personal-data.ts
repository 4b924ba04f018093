import { EncryptedColumn } from '@casetrack/platform';

/**
 * The applicant's personal data columns of admin_review.reviews, stored encrypted only. `field` is
 * bound into each value, so a value copied into another column does not decrypt.
 */
export const REVIEW_PERSONAL_COLUMNS = {
  applicantName: { plain: 'applicant_name', encrypted: 'applicant_name_encrypted', field: 'admin_review.reviews.applicant_name' },
  applicantIdNumber: { plain: 'applicant_id_number', encrypted: 'applicant_id_number_encrypted', field: 'admin_review.reviews.applicant_id_number' },
  applicantPhone: { plain: 'applicant_phone', encrypted: 'applicant_phone_encrypted', field: 'admin_review.reviews.applicant_phone' },
} as const satisfies Record<string, EncryptedColumn>;
