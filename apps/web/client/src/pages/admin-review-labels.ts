import type { ProblemWords } from '../form-problems';
import type { AdministrativeMatter, Hearing, Lawsuit, LawsuitStatus, PerformanceSupervision, Review, ReviewStatus, SuggestionStatus } from '../schemas';

// The words of the administrative review desk (行政复议, 行政应诉). Typed by the API's enums
// (libs/contracts/src/admin-review/enums.ts): a value the service adds stops the pages compiling
// until it has its label.

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = { received: '待受理', accepted: '审理中', extended: '已延期', rejected: '不予受理', concluded: '已审结' };
export const REVIEW_STATUS_COLORS: Record<ReviewStatus, string> = { received: 'processing', accepted: 'cyan', extended: 'gold', rejected: 'default', concluded: 'success' };
export const REVIEW_CHANNEL_LABELS: Record<Review['channel'], string> = { online: '网上申请', 'in-person': '当面申请', mail: '邮寄申请' };
export const MATTER_LABELS: Record<AdministrativeMatter, string> = {
  penalty: '行政处罚', 'coercive-measure': '行政强制', licensing: '行政许可', 'information-disclosure': '政府信息公开', inaction: '行政不作为', other: '其他',
};
export const DECISION_LABELS: Record<NonNullable<Review['decision']>, string> = {
  upheld: '维持', revoked: '撤销', altered: '变更', 'confirmed-illegal': '确认违法', 'ordered-to-perform': '责令履行', dismissed: '驳回复议申请', terminated: '终止审理', settled: '调解（和解）结案',
};

export const LAWSUIT_STATUS_LABELS: Record<LawsuitStatus, string> = { open: '审理中', closed: '已结案' };
export const LAWSUIT_STATUS_COLORS: Record<LawsuitStatus, string> = { open: 'processing', closed: 'success' };
export const OUTCOME_LABELS: Record<NonNullable<Lawsuit['outcome']>, string> = {
  upheld: '判决维持（驳回诉讼请求）', revoked: '判决撤销', dismissed: '裁定驳回起诉', withdrawn: '原告撤诉', settled: '调解（和解）结案', other: '其他',
};
export const APPEARED_ROLE_LABELS: Record<NonNullable<Hearing['appearedRole']>, string> = { 'government-leader': '区政府领导', 'agency-head': '部门负责人' };

/** Whether the agency's head appeared at a hearing, in words: 已出庭（部门负责人） or 未出庭. */
export const appearanceText = (h: Pick<Hearing, 'headAppeared' | 'appearedRole'>) =>
  h.headAppeared ? `已出庭（${h.appearedRole ? APPEARED_ROLE_LABELS[h.appearedRole] : '—'}）` : '未出庭';

export type ReviewAction = 'accept' | 'reject' | 'extend' | 'decide';
export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = { accept: '受理', reject: '不予受理', extend: '延期', decide: '作出决定' };

/**
 * What each status allows, as the service's state machine says (apps/administrative-review/src/reviews/domain/review.ts):
 * the review view does not carry its allowed actions, so the page names them. One extension only.
 */
export const REVIEW_ACTIONS: Record<ReviewStatus, ReviewAction[]> = { received: ['accept', 'reject'], accepted: ['extend', 'decide'], extended: ['decide'], rejected: [], concluded: [] };

export type LawsuitAction = 'hear' | 'judge' | 'supervise' | 'conclude-supervision' | 'suggest' | 'supervise-suggestion' | 'answer-suggestion';
export const LAWSUIT_ACTION_LABELS: Record<LawsuitAction, string> = {
  hear: '记录庭审', judge: '记录裁判结果', supervise: '督促履行判决', 'conclude-supervision': '督促履行结束', suggest: '登记司法建议',
  'supervise-suggestion': '督办', 'answer-suggestion': '记录回复',
};
/** Hearings and the judgment only while the lawsuit is open (apps/administrative-review/src/lawsuits/domain/lawsuit.ts). */
export const LAWSUIT_ACTIONS: Record<LawsuitStatus, LawsuitAction[]> = { open: ['hear', 'judge'], closed: [] };

/**
 * Everything a lawsuit offers, as the service's state machines say (lawsuits/domain/*.ts): its
 * status's steps; once closed (not withdrawn) one supervision of the judgment's performance, and
 * its conclusion while it runs; a judicial suggestion at any time.
 */
export function lawsuitActions(l: Pick<Lawsuit, 'status' | 'outcome' | 'performanceSupervision'>): LawsuitAction[] {
  const actions = [...LAWSUIT_ACTIONS[l.status]];
  if (l.status === 'closed' && l.outcome !== 'withdrawn' && l.performanceSupervision === null) actions.push('supervise');
  if (l.performanceSupervision?.status === 'supervising') actions.push('conclude-supervision');
  actions.push('suggest');
  return actions;
}

/** A judicial suggestion's steps: supervise (督办) it once, answer it once (judicial-suggestion.ts). */
export const SUGGESTION_ACTIONS: Record<SuggestionStatus, LawsuitAction[]> = {
  received: ['supervise-suggestion', 'answer-suggestion'], supervised: ['answer-suggestion'], answered: [],
};
export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = { received: '待督办', supervised: '督办中', answered: '已回复' };
export const SUGGESTION_STATUS_COLORS: Record<SuggestionStatus, string> = { received: 'gold', supervised: 'processing', answered: 'success' };
export const PERFORMANCE_STATUS_LABELS: Record<PerformanceSupervision['status'], string> = { supervising: '督促履行中', concluded: '督促履行结束' };
export const PERFORMANCE_RESULT_LABELS: Record<NonNullable<PerformanceSupervision['result']>, string> = { performed: '已履行', enforced: '法院强制执行', other: '其他' };

// The service words its problems in English for developers; those a user of these forms can cause get Chinese.
const TEXT_PROBLEMS: [RegExp, string][] = [
  [/must not be blank/, '不能为空'],
  [/must be one line/, '不能含换行或控制字符'],
  [/characters long|at most \d+ characters/, '内容过长'],
];

/** The review forms' fields and the problems the desk can cause, in Chinese. */
export const REVIEW_WORDS: ProblemWords = {
  problems: [
    [/before the application was received/, '不能早于收到申请时间'],
    [/before the review was accepted/, '不能早于受理时间'],
    [/before the deadline \(dueAt\) has passed/, '延期须在决定期限届满前作出，该案已超过期限'],
    [/whole number from 1 to 30|days must not be (greater than 30|less than 1)/, '延长天数应为 1–30 天'],
    [/must be 18 characters long/, '身份证号码应为 18 位'],
    [/17 digits followed by/, '身份证号码应为 17 位数字加 1 位数字或 X'],
    [/real birth date/, '身份证号码中的出生日期不正确'],
    [/wrong check digit/, '身份证号码校验位不正确'],
    [/applicantPhone may contain/, '联系电话只能含数字、空格、+、-、括号，3–30 个字符'],
    ...TEXT_PROBLEMS,
  ],
};

/** The lawsuit forms' fields and their problems in Chinese. */
export const LAWSUIT_WORDS: ProblemWords = {
  problems: [
    [/before the lawsuit was filed/, '不能早于立案时间'],
    [/appearedRole: is required/, '负责人出庭时请选择出庭人员'],
    [/appearedRole: must be omitted/, '未出庭时不填出庭人员'],
    [/before the judgment \(decidedAt\)/, '不能早于裁判时间'],
    [/before the judgment became effective/, '不能早于判决生效时间'],
    [/before the supervision started/, '不能早于督促开始时间'],
    [/before the suggestion was received/, '不能早于收到司法建议时间'],
    [/before the suggestion was supervised/, '不能早于督办时间'],
    ...TEXT_PROBLEMS,
  ],
};
