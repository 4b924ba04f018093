/** Who sits on a review panel (评查组): people's congress deputies, CPPCC members, legal advisers, scholars, officials. */
export const PANEL_ROLES = ['npc-deputy', 'cppcc-member', 'legal-adviser', 'scholar', 'official'] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];

/** The kind of administrative penalty a file decided. */
export const PENALTY_TYPES = ['warning', 'fine', 'confiscation', 'suspension', 'revocation', 'detention', 'other'] as const;
export type PenaltyType = (typeof PENALTY_TYPES)[number];

/** What a reviewer found wrong with a file; `procedure` is the 重实体、轻程序 weakness the seed names. */
export const PROBLEM_CATEGORIES = ['procedure', 'evidence', 'law-application', 'discretion', 'documentation', 'jurisdiction'] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

/** Grade of a reviewed file: excellent ≥ 90, good ≥ 75, pass ≥ 60, fail below. */
export const REVIEW_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type ReviewGrade = (typeof REVIEW_GRADES)[number];

/** open (files are pooled) → sampled (drawn; files are reviewed) → noticed (problem list published; final). */
export const CAMPAIGN_STATUSES = ['open', 'sampled', 'noticed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
