import type { ProblemWords } from '../form-problems';
import type { AidCase, AidStatus, ApplyForAidBody, RejectAidBody } from '../schemas';

// Typed by the API's own enums: a value the service adds and the page does not name fails to compile.
export const AID_STATUS_LABELS: Record<AidStatus, string> = { applied: '待审查', accepted: '已受理', rejected: '不予受理', assigned: '已指派', closed: '已结案' };
export const AID_STATUS_COLORS: Record<AidStatus, string> = { applied: 'processing', accepted: 'cyan', rejected: 'default', assigned: 'gold', closed: 'success' };
export const APPLICANT_GROUP_LABELS: Record<ApplyForAidBody['applicantGroups'][number], string> = {
  'migrant-worker': '农民工', minor: '未成年人', elderly: '老年人', disabled: '残疾人', woman: '妇女', veteran: '退役军人', 'low-income': '低收入群体', other: '其他',
};
export const CASE_TYPE_LABELS: Record<ApplyForAidBody['caseType'], string> = { civil: '民事', criminal: '刑事', administrative: '行政', 'non-litigation': '非诉讼' };
export const MATTER_LABELS: Record<ApplyForAidBody['matter'], string> = {
  'wage-arrears': '追索劳动报酬', 'work-injury': '工伤赔偿', family: '婚姻家庭', traffic: '交通事故', medical: '医疗纠纷', 'criminal-defence': '刑事辩护', other: '其他',
};
export const CHANNEL_LABELS: Record<ApplyForAidBody['channel'], string> = { 'walk-in': '来访申请', 'hotline-12348': '12348 热线', online: '网上申请', referral: '转交申请' };
export const REJECTION_REASON_LABELS: Record<RejectAidBody['reason'], string> = {
  'means-test': '经济状况不符合条件', 'outside-scope': '不属于法律援助范围', 'no-merit': '申请事项缺乏法律依据', other: '其他原因',
};
export const RESULT_LABELS: Record<NonNullable<AidCase['result']>, string> = { won: '胜诉', 'partly-won': '部分胜诉', settled: '调解（和解）结案', lost: '败诉', terminated: '终止援助' };

export type AidAction = 'accept' | 'reject' | 'assign' | 'close';
export const AID_ACTION_LABELS: Record<AidAction, string> = { accept: '受理', reject: '不予受理', assign: '指派', close: '结案' };

/**
 * What each status allows, as the service's state machine (apps/legal-aid/src/cases/domain/legal-aid-case.ts)
 * says: the case view does not carry its allowed actions, so the page names them. Correcting a
 * closed case's benefit is not on this page yet.
 */
export const AID_ACTIONS: Record<AidStatus, AidAction[]> = { applied: ['accept', 'reject'], accepted: ['assign'], assigned: ['close'], rejected: [], closed: [] };

/** The legal aid forms' fields and the problems the desk can cause, in Chinese. */
export const AID_WORDS: ProblemWords = {
  names: { benefitFen: 'benefitYuan' },
  problems: [
    [/before appliedAt/, '不能早于申请时间'],
    [/before acceptedAt/, '不能早于受理时间'],
    [/before assignedAt/, '不能早于指派时间'],
    [/must be 18 characters long/, '身份证号码应为 18 位'],
    [/17 digits followed by/, '身份证号码应为 17 位数字加 1 位数字或 X'],
    [/real birth date/, '身份证号码中的出生日期不正确'],
    [/wrong check digit/, '身份证号码校验位不正确'],
  ],
};
