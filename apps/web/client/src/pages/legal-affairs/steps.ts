import type { CleanupCampaign, CoordinationGroup, DistrictUnit, Engagement, GovernmentContract, LegalDocument } from '../../schemas';

// When each step of a record is offered: the service's state machines (apps/legal-affairs/src/*/domain),
// so a button shows only when the step would not be a 409.

/** A document: reviewed once submitted; filed once reviewed as a normative document and not rejected; a finding once filed. */
export const DOCUMENT_STEPS = {
  review: (d: Pick<LegalDocument, 'status'>) => d.status === 'submitted',
  file: (d: Pick<LegalDocument, 'status' | 'normative' | 'opinion'>) => d.status === 'reviewed' && d.normative === true && d.opinion !== 'rejected',
  finding: (d: Pick<LegalDocument, 'status'>) => d.status === 'filed',
};

/** A contract: reviewed once, while submitted. */
export const CONTRACT_STEPS = { review: (c: Pick<GovernmentContract, 'status'>) => c.status === 'submitted' };

/** An engagement: work recorded and the end registered while engaged. */
export const ENGAGEMENT_STEPS = {
  work: (e: Pick<Engagement, 'status'>) => e.status === 'engaged',
  end: (e: Pick<Engagement, 'status'>) => e.status === 'engaged',
};

/** A clean-up campaign: documents decided and the close registered while open. */
export const CAMPAIGN_STEPS = {
  decide: (c: Pick<CleanupCampaign, 'status'>) => c.status === 'open',
  close: (c: Pick<CleanupCampaign, 'status'>) => c.status === 'open',
};

/** A district unit or a coordination group: dissolved once, while active. */
export const DISSOLVE_STEP = (r: Pick<DistrictUnit | CoordinationGroup, 'status'>) => r.status === 'active';
