export const APPLICANT_GROUPS = ['migrant-worker', 'minor', 'elderly', 'disabled', 'woman', 'veteran', 'low-income', 'other'] as const;
export type ApplicantGroup = (typeof APPLICANT_GROUPS)[number];

export const LEGAL_AID_CASE_TYPES = ['civil', 'criminal', 'administrative', 'non-litigation'] as const;
export type LegalAidCaseType = (typeof LEGAL_AID_CASE_TYPES)[number];

export const LEGAL_AID_MATTERS = ['wage-arrears', 'work-injury', 'family', 'traffic', 'medical', 'criminal-defence', 'other'] as const;
export type LegalAidMatter = (typeof LEGAL_AID_MATTERS)[number];

export const LEGAL_AID_CHANNELS = ['walk-in', 'hotline-12348', 'online', 'referral'] as const;
export type LegalAidChannel = (typeof LEGAL_AID_CHANNELS)[number];

export const LEGAL_AID_REJECTION_REASONS = ['means-test', 'outside-scope', 'no-merit', 'other'] as const;
export type LegalAidRejectionReason = (typeof LEGAL_AID_REJECTION_REASONS)[number];

export const LEGAL_AID_RESULTS = ['won', 'partly-won', 'settled', 'lost', 'terminated'] as const;
export type LegalAidResult = (typeof LEGAL_AID_RESULTS)[number];

export const LEGAL_AID_STATUSES = ['applied', 'accepted', 'rejected', 'assigned', 'closed'] as const;
export type LegalAidStatus = (typeof LEGAL_AID_STATUSES)[number];
