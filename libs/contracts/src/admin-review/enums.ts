/** How an application for administrative review (行政复议) reached the office; online = the national review platform. */
export const REVIEW_CHANNELS = ['online', 'in-person', 'mail'] as const;
export type ReviewChannel = (typeof REVIEW_CHANNELS)[number];

/** The kind of administrative action under review or in court. */
export const ADMINISTRATIVE_MATTERS = ['penalty', 'coercive-measure', 'licensing', 'information-disclosure', 'inaction', 'other'] as const;
export type AdministrativeMatter = (typeof ADMINISTRATIVE_MATTERS)[number];

/** The review decision (复议决定); the four that correct the agency are listed in CORRECTING_DECISIONS. */
export const REVIEW_DECISIONS = [
  'upheld', 'revoked', 'altered', 'confirmed-illegal', 'ordered-to-perform', 'dismissed', 'terminated', 'settled',
] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Decisions that find the agency's action wrong: the numerator of the correction rate (纠错率). */
export const CORRECTING_DECISIONS: readonly ReviewDecision[] = ['revoked', 'altered', 'confirmed-illegal', 'ordered-to-perform'];

/** received → accepted → (extended →) concluded, or received → rejected. */
export const REVIEW_STATUSES = ['received', 'accepted', 'extended', 'rejected', 'concluded'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Who appeared in court for the defendant agency (负责人出庭应诉). */
export const APPEARED_ROLES = ['government-leader', 'agency-head'] as const;
export type AppearedRole = (typeof APPEARED_ROLES)[number];

/** How a lawsuit against an agency ended (the court's judgment, or withdrawal, settlement…). */
export const LAWSUIT_OUTCOMES = ['upheld', 'revoked', 'dismissed', 'withdrawn', 'settled', 'other'] as const;
export type LawsuitOutcome = (typeof LAWSUIT_OUTCOMES)[number];

/** open → closed (on judgment); hearings only while open. */
export const LAWSUIT_STATUSES = ['open', 'closed'] as const;
export type LawsuitStatus = (typeof LAWSUIT_STATUSES)[number];

/**
 * How the supervision of an effective judgment's performance (督促履行生效法院判决) ended: the agency
 * performed it, the court enforced it (强制执行), or it ended otherwise (e.g. the judgment was set aside on retrial).
 */
export const PERFORMANCE_RESULTS = ['performed', 'enforced', 'other'] as const;
export type PerformanceResult = (typeof PERFORMANCE_RESULTS)[number];

/** none → supervising → concluded: a closed lawsuit's judgment-performance supervision (one per lawsuit). */
export const PERFORMANCE_STATUSES = ['supervising', 'concluded'] as const;
export type PerformanceStatus = (typeof PERFORMANCE_STATUSES)[number];

/** received → supervised (督办) → answered, or received → answered: a judicial suggestion (司法建议) to a defendant agency. */
export const SUGGESTION_STATUSES = ['received', 'supervised', 'answered'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
