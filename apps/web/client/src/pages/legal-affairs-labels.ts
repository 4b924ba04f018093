import type { ProblemWords } from '../form-problems';
import type {
  AgendaMeeting, CleanupCampaign, CleanupDecision, CoordinationGroup, DistrictUnit, Engagement, GovernmentContract, LegalDocument, WorkRecord,
} from '../schemas';

export const DOCUMENT_KIND_LABELS: Record<LegalDocument['kind'], string> = {
  'major-decision': '重大决策', 'policy-document': '政策文件', 'meeting-topic': '会议议题', other: '其他',
};

export const DOCUMENT_STATUS_LABELS: Record<LegalDocument['status'], string> = {
  submitted: '待审查', reviewed: '已审查', filed: '已备案', 'found-unlawful': '被确认违法', revoked: '被撤销',
};

export const DOCUMENT_STATUS_COLORS: Record<LegalDocument['status'], string> = {
  submitted: 'blue', reviewed: 'green', filed: 'cyan', 'found-unlawful': 'red', revoked: 'volcano',
};

/** The review opinion of a document or a contract (审查意见). */
export const OPINION_LABELS: Record<NonNullable<LegalDocument['opinion']>, string> = {
  approved: '通过', 'approved-with-changes': '修改后通过', rejected: '不予通过',
};

export const OPINION_COLORS: Record<NonNullable<LegalDocument['opinion']>, string> = {
  approved: 'green', 'approved-with-changes': 'gold', rejected: 'red',
};

export const FINDING_LABELS: Record<NonNullable<LegalDocument['finding']>, string> = { unlawful: '确认违法', revoked: '撤销' };

export const CONTRACT_KIND_LABELS: Record<GovernmentContract['kind'], string> = {
  'government-investment-project': '政府投资项目', procurement: '政府采购', concession: '特许经营', other: '其他',
};

export const CONTRACT_STATUS_LABELS: Record<GovernmentContract['status'], string> = { submitted: '待审查', reviewed: '已审查' };
export const CONTRACT_STATUS_COLORS: Record<GovernmentContract['status'], string> = { submitted: 'blue', reviewed: 'green' };

export const ADVISER_KIND_LABELS: Record<Engagement['adviserKind'], string> = { lawyer: '律师', 'law-firm': '律师事务所', other: '其他' };
export const ENGAGEMENT_STATUS_LABELS: Record<Engagement['status'], string> = { engaged: '在聘', ended: '已解聘' };
export const ENGAGEMENT_STATUS_COLORS: Record<Engagement['status'], string> = { engaged: 'green', ended: 'default' };

/** The adviser's work as the seed counts it (一(三)). */
export const WORK_KIND_LABELS: Record<WorkRecord['kind'], string> = {
  'contract-drafted-or-reviewed': '起草、修改、审查合同协议',
  'case-represented': '代理复议、诉讼案件',
  'special-service': '其他专项法律服务',
};

export const AGENDA_KIND_LABELS: Record<AgendaMeeting['kind'], string> = { 'party-group': '局党组会', 'director-office': '局长办公会' };

export const CAMPAIGN_STATUS_LABELS: Record<CleanupCampaign['status'], string> = { open: '清理中', closed: '已结束' };
export const CAMPAIGN_STATUS_COLORS: Record<CleanupCampaign['status'], string> = { open: 'blue', closed: 'default' };
export const OUTCOME_LABELS: Record<CleanupDecision['outcome'], string> = { kept: '保留', amended: '修改', repealed: '废止' };
export const OUTCOME_COLORS: Record<CleanupDecision['outcome'], string> = { kept: 'green', amended: 'gold', repealed: 'red' };

export const UNIT_STATUS_LABELS: Record<DistrictUnit['status'], string> = { active: '在册', dissolved: '已撤销或合并' };
export const UNIT_STATUS_COLORS: Record<DistrictUnit['status'], string> = { active: 'green', dissolved: 'default' };

export const GROUP_FIELD_LABELS: Record<CoordinationGroup['field'], string> = {
  legislation: '立法', enforcement: '执法', judiciary: '司法', 'law-observance': '普法守法',
};
export const GROUP_STATUS_LABELS: Record<CoordinationGroup['status'], string> = { active: '运行中', dissolved: '已撤销' };
export const GROUP_STATUS_COLORS: Record<CoordinationGroup['status'], string> = { active: 'green', dissolved: 'default' };

const TEXT_PROBLEMS: [RegExp, string][] = [
  [/must not be blank/, '不能为空'],
  [/must be one line/, '不能含换行或控制字符'],
  [/characters long|at most \d+ characters/, '内容过长'],
];

/** The problems a legal-affairs form can cause, in the page's Chinese (the services word them in English). */
export const LEGAL_AFFAIRS_WORDS: ProblemWords = {
  names: { amountFen: 'amountYuan' },
  problems: [
    [/before the (document|contract) was submitted/, '不能早于报送时间'],
    [/before the document was reviewed/, '不能早于审查时间'],
    [/before the document was filed/, '不能早于备案时间'],
    [/before the engagement started/, '不能早于选聘时间'],
    [/before the latest recorded work/, '不能早于最近一次顾问工作的时间'],
    [/before the campaign started/, '不能早于清理开始时间'],
    [/before the latest decision/, '不能早于最近一次清理决定的时间'],
    [/before the unit was registered/, '不能早于登记时间'],
    [/before the group was established/, '不能早于成立时间'],
    [/number must not be (less than 1|greater than 999)|number must be an integer/, '会议次数应为 1–999 的整数'],
    ...TEXT_PROBLEMS,
  ],
};

/**
 * The 409s a legal-affairs command answers besides a status that does not allow it, in words:
 * the field the clerk should look at, when the conflict is about one.
 */
export const LEGAL_AFFAIRS_CONFLICTS: Record<string, { field?: string; text: (details: Record<string, unknown>) => string }> = {
  'UNIT.ALREADY_REGISTERED': { field: 'name', text: () => '已有同名的在册区级单位，不能重复登记（同名单位撤销或合并后才可再次登记）' },
  'DOCUMENT.NOT_NORMATIVE': { text: () => '审查未认定该文件为行政规范性文件，不需备案' },
  'DOCUMENT.REJECTED': { text: () => '审查意见为不予通过，不能备案' },
};
