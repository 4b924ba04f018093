/** What a district unit submits for legality review (合法性审查): a major decision, a policy document, a meeting topic, other. */
export const DOCUMENT_KINDS = ['major-decision', 'policy-document', 'meeting-topic', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The legality review's opinion, of a document or a contract (审查意见). */
export const REVIEW_OPINIONS = ['approved', 'approved-with-changes', 'rejected'] as const;
export type ReviewOpinion = (typeof REVIEW_OPINIONS)[number];

/** What became of a filed normative document later: found unlawful (确认违法) or revoked (撤销). */
export const DOCUMENT_FINDINGS = ['unlawful', 'revoked'] as const;
export type DocumentFinding = (typeof DOCUMENT_FINDINGS)[number];

/** submitted → reviewed → filed (normative documents only) → found-unlawful or revoked. */
export const DOCUMENT_STATUSES = ['submitted', 'reviewed', 'filed', 'found-unlawful', 'revoked'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** The kind of a government contract under legality review (政府合同合法性审查). */
export const CONTRACT_KINDS = ['government-investment-project', 'procurement', 'concession', 'other'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

/** submitted → reviewed. */
export const CONTRACT_STATUSES = ['submitted', 'reviewed'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** Who a unit engaged as its legal adviser (法律顾问): a lawyer, a law firm, or another adviser (a scholar, a staff lawyer). */
export const ADVISER_KINDS = ['lawyer', 'law-firm', 'other'] as const;
export type AdviserKind = (typeof ADVISER_KINDS)[number];

/** engaged (选聘) → ended (解聘 or the term's end); work is recorded only while engaged. */
export const ENGAGEMENT_STATUSES = ['engaged', 'ended'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

/**
 * A legal adviser's work for the unit: a contract or agreement drafted, revised or reviewed (起草、
 * 修改、审查合同协议), a review or litigation case represented (代理复议、诉讼案件), another special
 * legal service (其他专项法律服务).
 */
export const ADVISER_WORK_KINDS = ['contract-drafted-or-reviewed', 'case-represented', 'special-service'] as const;
export type AdviserWorkKind = (typeof ADVISER_WORK_KINDS)[number];

/** A leadership meeting that studied rule-of-law work (法治建设议题): the bureau's party group (局党组会) or director's office meeting (局长办公会). */
export const AGENDA_MEETING_KINDS = ['party-group', 'director-office'] as const;
export type AgendaMeetingKind = (typeof AGENDA_MEETING_KINDS)[number];

/** What a clean-up campaign (清理) decided about a document in force: kept (保留), amended (修改) or repealed (废止). */
export const CLEANUP_OUTCOMES = ['kept', 'amended', 'repealed'] as const;
export type CleanupOutcome = (typeof CLEANUP_OUTCOMES)[number];

/** open → closed; documents are decided only while open. */
export const CLEANUP_CAMPAIGN_STATUSES = ['open', 'closed'] as const;
export type CleanupCampaignStatus = (typeof CLEANUP_CAMPAIGN_STATUSES)[number];

/** A district unit in the registry (区级单位): active from its registration until dissolved (撤销, merged away). */
export const DISTRICT_UNIT_STATUSES = ['active', 'dissolved'] as const;
export type DistrictUnitStatus = (typeof DISTRICT_UNIT_STATUSES)[number];

/** The fields of the rule-of-law committee's coordination groups (协调小组): legislation (立法), enforcement (执法), the judiciary (司法), law popularisation and observance (普法守法). */
export const COORDINATION_GROUP_FIELDS = ['legislation', 'enforcement', 'judiciary', 'law-observance'] as const;
export type CoordinationGroupField = (typeof COORDINATION_GROUP_FIELDS)[number];

/** established → dissolved. */
export const COORDINATION_GROUP_STATUSES = ['active', 'dissolved'] as const;
export type CoordinationGroupStatus = (typeof COORDINATION_GROUP_STATUSES)[number];
