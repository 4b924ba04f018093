import type { LegalDocument } from '../schemas';

export const DOCUMENT_KIND_LABELS: Record<LegalDocument['kind'], string> = {
  'major-decision': '重大决策', 'policy-document': '政策文件', 'meeting-topic': '会议议题', other: '其他',
};

export const DOCUMENT_STATUS_LABELS: Record<LegalDocument['status'], string> = {
  submitted: '待审查', reviewed: '已审查', filed: '已备案', 'found-unlawful': '被确认违法', revoked: '被撤销',
};

export const DOCUMENT_STATUS_COLORS: Record<LegalDocument['status'], string> = {
  submitted: 'blue', reviewed: 'green', filed: 'cyan', 'found-unlawful': 'red', revoked: 'volcano',
};
