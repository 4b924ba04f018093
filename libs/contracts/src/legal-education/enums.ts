/**
 * Who sat an exam (考试): enforcement officers applying for a new certificate (新办证) or renewing one
 * (到期换发证件) after the general-law training (通用法律知识培训); newly promoted leading cadres (新提任
 * 领导干部); the annual rule-of-law theory exam of leaders at deputy-division level and above (年度法治
 * 理论知识考试).
 */
export const EXAM_AUDIENCES = ['enforcement-new-certificate', 'enforcement-renewal', 'newly-promoted-leaders', 'annual-leaders'] as const;
export type ExamAudience = (typeof EXAM_AUDIENCES)[number];

/** The enforcement officers' audiences: their sessions are training and exam together (培训、考试). */
export const ENFORCEMENT_AUDIENCES = ['enforcement-new-certificate', 'enforcement-renewal'] as const satisfies readonly ExamAudience[];

/** scheduled → held (with the results) or cancelled. */
export const EXAM_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type ExamStatus = (typeof EXAM_STATUSES)[number];

/** An online knowledge contest (知识竞赛): on intra-party regulations (党内法规), on the constitution (宪法), another. */
export const CONTEST_KINDS = ['party-regulations', 'constitution', 'other'] as const;
export type ContestKind = (typeof CONTEST_KINDS)[number];

/** open → closed (with its participants). */
export const CONTEST_STATUSES = ['open', 'closed'] as const;
export type ContestStatus = (typeof CONTEST_STATUSES)[number];

/** A publicity work (普法作品): a public-interest micro-video (公益微视频), another work. */
export const WORK_KINDS = ['micro-video', 'other'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** The series a work belongs to: "我与宪法" (i-and-the-constitution), another. A fixed list, so events carry no title. */
export const WORK_SERIES = ['i-and-the-constitution', 'other'] as const;
export type WorkSeries = (typeof WORK_SERIES)[number];

/** released → awarded (once; a later award of the same work is a new work's, or a 409). */
export const WORK_STATUSES = ['released', 'awarded'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

/** The level of an award or of the media that adopted an item: national (全国/国家级), city (全市), district (区级). */
export const LEVELS = ['national', 'city', 'district'] as const;
export type Level = (typeof LEVELS)[number];

/** An award's rank: first, second, third prize (一、二、三等奖), excellence (优秀奖). */
export const AWARD_RANKS = ['first', 'second', 'third', 'excellence'] as const;
export type AwardRank = (typeof AWARD_RANKS)[number];

/** A publicity activity under a unit's duty list (谁执法谁普法): publicity (普法宣传), explaining the law through a case (以案释法), another. */
export const ACTIVITY_KINDS = ['publicity', 'case-explanation', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
