/**
 * A public legal service platform (公共法律服务实体平台): the district centre (区公共法律服务中心), a
 * town/street station (镇街公共法律服务工作站) or a village/community room (村(社区)公共法律服务工作室).
 */
export const PLATFORM_LEVELS = ['centre', 'station', 'room'] as const;
export type PlatformLevel = (typeof PLATFORM_LEVELS)[number];

/** registered → standardised (规范化建设完成) → closed; a platform may also close before it is standardised. */
export const PLATFORM_STATUSES = ['registered', 'standardised', 'closed'] as const;
export type PlatformStatus = (typeof PLATFORM_STATUSES)[number];

/** How a service was given: at the counter, on the 12348 hotline, through the WeChat account, online (the "three platforms"). */
export const SERVICE_CHANNELS = ['walk-in', 'hotline-12348', 'wechat', 'online'] as const;
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number];

/** What the service was: a consultation, a referral, help with a document, a referral to mediation or to legal aid, other. */
export const SERVICE_KINDS = ['consultation', 'referral', 'document-help', 'mediation-referral', 'legal-aid-referral', 'other'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** A legal-service provider registered in the district (法律服务管理): a law firm (律所), a forensic appraisal institution (司法鉴定所), a notary office (公证处). */
export const PROVIDER_KINDS = ['law-firm', 'forensic-appraisal-institution', 'notary-office'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** registered → deregistered (注销, moved away). */
export const PROVIDER_STATUSES = ['registered', 'deregistered'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

/** Whom a complaint is against: a lawyer (对律师投诉) or a forensic appraiser (司法鉴定投诉). */
export const COMPLAINT_TARGETS = ['lawyer', 'forensic-appraiser'] as const;
export type ComplaintTarget = (typeof COMPLAINT_TARGETS)[number];

/** received → concluded (处理). */
export const COMPLAINT_STATUSES = ['received', 'concluded'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/**
 * How a complaint was concluded: upheld with an administrative penalty (行政处罚), upheld with a
 * disciplinary measure of the trade association (行业惩戒), upheld otherwise (a warning talk, a
 * correction ordered), not upheld, or withdrawn by the complainant.
 */
export const COMPLAINT_OUTCOMES = ['upheld-penalty', 'upheld-discipline', 'upheld-other', 'not-upheld', 'withdrawn'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];
