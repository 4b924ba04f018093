import dayjs from 'dayjs';
import type { Campaign, PanelRole, PenaltyFile, PenaltyType, ProblemCategory } from '../schemas';

// The words of the file review pages (案卷评查). Typed by the API's enums: a value the service
// adds stops the pages compiling until it has its label.

export const CAMPAIGN_STATUS_LABELS: Record<Campaign['status'], string> = { open: '入池中', sampled: '评查中（已抽签）', noticed: '已通报' };
export const CAMPAIGN_STATUS_COLORS: Record<Campaign['status'], string> = { open: 'processing', sampled: 'warning', noticed: 'success' };

export const FILE_STATUS_LABELS: Record<PenaltyFile['status'], string> = { pooled: '未抽中', drawn: '待评查', reviewed: '已评查' };
export const FILE_STATUS_COLORS: Record<PenaltyFile['status'], string> = { pooled: 'default', drawn: 'processing', reviewed: 'success' };

export const PANEL_ROLE_LABELS: Record<PanelRole, string> = {
  'npc-deputy': '人大代表', 'cppcc-member': '政协委员', 'legal-adviser': '法律顾问', scholar: '专家学者', official: '工作人员',
};

export const PENALTY_TYPE_LABELS: Record<PenaltyType, string> = {
  warning: '警告', fine: '罚款', confiscation: '没收', suspension: '责令停产停业', revocation: '吊销许可证照', detention: '行政拘留', other: '其他',
};

export const PROBLEM_CATEGORY_LABELS: Record<ProblemCategory, string> = {
  procedure: '程序问题', evidence: '证据问题', 'law-application': '适用法律问题', discretion: '裁量问题', documentation: '文书制作问题', jurisdiction: '主体与管辖问题',
};

export const GRADE_LABELS: Record<NonNullable<PenaltyFile['grade']>, string> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' };
export const GRADE_COLORS: Record<NonNullable<PenaltyFile['grade']>, string> = { excellent: 'success', good: 'blue', pass: 'default', fail: 'error' };

/** A time of the API as the pages show it (the browser's zone). */
export const when = (t: string | null | undefined) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : '—');

/** The grade a score gets (the service's rule: excellent ≥ 90, good ≥ 75, pass ≥ 60), to show while a score is typed. */
export function gradeOf(score: number): NonNullable<PenaltyFile['grade']> {
  return score >= 90 ? 'excellent' : score >= 75 ? 'good' : score >= 60 ? 'pass' : 'fail';
}

// The file-review service words its problems in English for developers; those a user of these
// pages can cause get Chinese (any other shows as the service wrote it).
const PROBLEMS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/must not be in the future/, () => '时间不能晚于当前时间'],
  [/must not be before the penalty was decided/, () => '评查时间不能早于该案卷的处罚决定时间'],
  [/must not be before the last review/, () => '通报时间不能早于最后一次评查时间'],
  [/must not exceed the (\d+) file\(s\) in the pool/, (m) => `抽取数量不能超过案卷池中的 ${m[1]} 件`],
  [/must be an ISO 8601 timestamp/, () => '时间格式不正确'],
  [/must not be blank/, () => '不能为空'],
  [/must be one line/, () => '不能含换行或控制字符'],
  [/must be (\d+)–(\d+) characters long/, (m) => `长度应为 ${m[1]}–${m[2]} 个字`],
  [/must be one of the following values/, () => '取值不在允许范围内'],
];

/** A problem the file-review service names, in Chinese when it is one a user causes. */
export function inChinese(problem: string): string {
  for (const [re, words] of PROBLEMS) {
    const m = re.exec(problem);
    if (m) return words(m);
  }
  return problem;
}
