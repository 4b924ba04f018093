export const COMMITTEE_KINDS = ['community', 'township', 'professional', 'police-station', 'tribunal', 'court', 'petition'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

export const COMMITTEE_FIELDS = ['medical', 'traffic', 'environment', 'labour', 'property', 'family', 'consumer', 'other'] as const;
export type CommitteeField = (typeof COMMITTEE_FIELDS)[number];

export const DISPUTE_CATEGORIES = [
  'marriage-family', 'neighbourhood', 'property', 'contract', 'labour', 'land',
  'medical', 'traffic', 'environment', 'consumer', 'damages', 'other',
] as const;
export type DisputeCategory = (typeof DISPUTE_CATEGORIES)[number];

export const DISPUTE_SOURCES = ['walk-in', 'police-referral', 'court-referral', 'petition-referral', 'proactive'] as const;
export type DisputeSource = (typeof DISPUTE_SOURCES)[number];

export const MEDIATION_RESULTS = ['success', 'failure'] as const;
export type MediationResult = (typeof MEDIATION_RESULTS)[number];

export const AGREEMENT_FORMS = ['written', 'oral'] as const;
export type AgreementForm = (typeof AGREEMENT_FORMS)[number];

export const DISPUTE_STATUSES = ['registered', 'succeeded', 'failed', 'withdrawn'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
