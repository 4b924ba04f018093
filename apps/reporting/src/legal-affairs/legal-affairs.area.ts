import { each, month, text } from '../drill-through/area-figures';
import { defineArea } from '../projections/define-area';
import { COVERAGE_LISTS } from './legal-affairs-coverage';
import { LEGAL_AFFAIRS_AREA, LEGAL_AFFAIRS_COUNTERS } from './legal-affairs-facts';
import { LEGAL_AFFAIRS_DIMENSIONS, LegalAffairsReportQuery } from './legal-affairs-report.query';
import { LegalAffairsRollupProjection } from './legal-affairs-rollup.projection';

type Json = Record<string, any>;

/**
 * A count as the published report rounds it: "30余" for 32, "2100余" for 2134 (down to its tens
 * below a thousand, else to two significant figures, then 余 for "more than"); exact below ten or
 * when nothing was cut off (30).
 */
export function aboutCount(n: number): string {
  if (n < 10) return String(n);
  const step = 10 ** Math.max(1, String(n).length - 2);
  const shown = Math.floor(n / step) * step;
  return shown === n ? String(n) : `${shown}余`;
}

/** The fields of the seed's four coordination groups (COORDINATION_GROUP_FIELDS), as 一(二) names them. */
const GROUP_FIELD_NAMES = '立法、执法、司法、普法守法';

/**
 * The sentences of 一(一), 一(二) and 一(三) that these figures carry, in the seed's words and order:
 * the leadership meetings; the committee's coordination groups and its first meeting; then the
 * documents reviewed and determined normative, the filed ones found unlawful or revoked, the
 * clean-up of the documents in force, the government investment project contracts, the advisers'
 * coverage of the district units (said only when every unit active at the year's end had one), and
 * the advisers' work. A sentence whose figures are all zero (no group set up, no committee meeting, no
 * clean-up that year) is left out.
 */
export function legalAffairsProse(s: Json): string[] {
  const found = s.filedFoundUnlawfulOrRevoked === 0 ? '审查、备案的规范性文件无一件被认定违法或撤销。' : `审查、备案的规范性文件中${s.filedFoundUnlawfulOrRevoked}件被认定违法或撤销。`;
  // 一(二): the fields are named when four groups were set up, as many as there are fields (the
  // events carry the field, the rollup only the count; decision 55).
  const groups = s.coordinationGroupsEstablished === 4 ? `推动设立${GROUP_FIELD_NAMES}4个协调小组` : s.coordinationGroupsEstablished > 0 ? `推动设立${s.coordinationGroupsEstablished}个协调小组` : '';
  const meeting =
    s.committeeFirstMeetings > 0 ? '召开区委全面依法治区委员会第一次会议' : s.committeeMeetings > 0 ? `召开区委全面依法治区委员会会议${s.committeeMeetings}次` : '';
  const committee = [groups, meeting].filter((x) => x !== '').join('，');
  const cleanup = s.cleanupReviewed > 0 ? `全面清理现行有效的${s.cleanupReviewed}件行政规范性文件，废止${s.cleanupRepealed}件。` : '';
  return [
    `局党组会、局长办公会研究法治建设工作情况${aboutCount(s.agendaMeetings)}次。`,
    ...(committee === '' ? [] : [`${committee}。`]),
    `认真审查区级各类重大文件${s.documentsReviewed}件，认定行政规范性文件${s.documentsNormative}件。${found}${cleanup}` +
      `全年共合法性审查政府性投资项目合同${s.investmentContractsReviewed}件。` +
      (s.unitsAtYearEnd > 0 && s.unitsWithAdviser === s.unitsAtYearEnd ? '实现区级单位法律顾问全覆盖。' : '') +
      `全年协助起草、修改、审查合同和协议${s.adviserContractWork}个，代理复议、诉讼案件${s.adviserCasesRepresented}件，提供其他专项法律服务${s.adviserSpecialServices}次。`,
  ];
}

/**
 * 法治建设议题、法制审查、法律顾问: the leadership meetings that studied rule-of-law work, the
 * rule-of-law committee's coordination groups and meetings, the clean-up of the documents in force, the
 * legality review of documents (reviewed, determined normative, filed, later found unlawful or
 * revoked) and of government contracts (those of government investment projects apart), and the
 * legal advisers' engagements and work records by kind.
 */
export const LEGAL_AFFAIRS_REPORT_AREA = defineArea({
  area: LEGAL_AFFAIRS_AREA,
  sectionKey: 'legalAffairs',
  label: '法治建设与法制审查',
  projection: LegalAffairsRollupProjection,
  query: LegalAffairsReportQuery,
  dimensions: LEGAL_AFFAIRS_DIMENSIONS,
  section: (query, em, q) => query.section(em, q.district, q.year),
  breakdown: (query, em, q) => query.breakdown(em, q.district, q.year, q.by),
  drillThrough: {
    figures: {
      ...each(...LEGAL_AFFAIRS_COUNTERS),
      adviserWork: ['adviserContractWork', 'adviserCasesRepresented', 'adviserSpecialServices'],
      // Not figure facts: the registry's units at the year's end, listed from the period tables (decision 58).
      unitsAtYearEnd: [],
      unitsWithAdviser: [],
    },
    dimensions: { unit: text, month },
    parts: { work: 'workRecordId', decided: 'decisionId', outcome: 'decisionId' },
    lists: COVERAGE_LISTS,
  },
  sources: { adviserWork: ['adviserContractWork', 'adviserCasesRepresented', 'adviserSpecialServices'] },
  figureLabels: {
    agendaMeetings: '局党组会、局长办公会研究法治建设工作',
    coordinationGroupsEstablished: '设立协调小组',
    coordinationGroupsDissolved: '撤销协调小组',
    committeeMeetings: '召开区委全面依法治区委员会会议',
    committeeFirstMeetings: '召开区委全面依法治区委员会第一次会议',
    documentsSubmitted: '报送审查的文件',
    documentsReviewed: '审查区级各类重大文件',
    documentsNormative: '认定行政规范性文件',
    documentsFiled: '备案的规范性文件',
    filedFoundUnlawfulOrRevoked: '备案后被认定违法或撤销',
    cleanupReviewed: '清理现行有效的行政规范性文件',
    cleanupKept: '清理后保留',
    cleanupAmended: '清理后修改',
    cleanupRepealed: '清理后废止',
    contractsSubmitted: '报送审查的政府合同',
    contractsReviewed: '合法性审查政府合同',
    investmentContractsReviewed: '合法性审查政府性投资项目合同',
    engagementsStarted: '选聘法律顾问',
    engagementsEnded: '解聘法律顾问',
    unitsAtYearEnd: '年末区级单位',
    unitsWithAdviser: '年末有法律顾问的区级单位',
    adviserCoverage: '区级单位法律顾问覆盖率',
    adviserWork: '法律顾问工作记录',
    adviserContractWork: '协助起草、修改、审查合同和协议',
    adviserCasesRepresented: '代理复议、诉讼案件',
    adviserSpecialServices: '提供其他专项法律服务',
  },
  prose: { text: legalAffairsProse },
});
