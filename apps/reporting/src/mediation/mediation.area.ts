import { COMMITTEE_KINDS, DISPUTE_CATEGORIES, DISPUTE_SOURCES } from '@casetrack/contracts';
import { rateText } from '../annual-report/rate';
import { each, month, oneOf } from '../drill-through/area-figures';
import { defineArea } from '../projections/define-area';
import { MEDIATION_AREA } from './mediation-facts';
import { MEDIATION_DIMENSIONS, MediationReportQuery } from './mediation-report.query';
import { MediationRollupProjection } from './mediation-rollup.projection';

type Json = Record<string, any>;

function mediationProse(m: Json): string {
  const k = m.committeesByKind ?? {};
  const linked = (k['police-station'] ?? 0) + (k.tribunal ?? 0) + (k.petition ?? 0) + (k.court ?? 0);
  const parts = [`全年共调解纠纷${m.mediated}件，成功${m.succeeded}件，成功率${rateText(m.successRate)}`];
  if (k.professional) parts.push(`建立专业性行业性调委会${k.professional}个`);
  if (linked)
    parts.push(
      `建成“警调诉调访调”三调对接人民调解室${linked}个，其中驻派出所人民调解室${k['police-station'] ?? 0}个，驻法庭人民调解室${k.tribunal ?? 0}个，区信访事项调委会${k.petition ?? 0}个，区法院人民调解室${k.court ?? 0}个`,
    );
  return `${parts.join('；')}。`;
}

/** 人民调解: disputes mediated, succeeded, the success rate, committees by kind. */
export const MEDIATION_REPORT_AREA = defineArea({
  area: MEDIATION_AREA,
  sectionKey: 'mediation',
  label: '人民调解',
  projection: MediationRollupProjection,
  query: MediationReportQuery,
  dimensions: MEDIATION_DIMENSIONS,
  section: (query, em, q) => query.section(em, q.district, q.year, q.timeZone),
  breakdown: (query, em, q) => query.breakdown(em, q.district, q.year, q.by),
  drillThrough: {
    figures: { ...each('registered', 'succeeded', 'failed', 'withdrawn'), mediated: ['succeeded', 'failed'] },
    dimensions: { category: oneOf(DISPUTE_CATEGORIES), committeeKind: oneOf(COMMITTEE_KINDS), source: oneOf(DISPUTE_SOURCES), month },
  },
  sources: { mediated: ['succeeded', 'failed'], successRate: ['succeeded', 'failed'] },
  figureLabels: {
    registered: '受理纠纷',
    mediated: '调解纠纷',
    succeeded: '调解成功',
    failed: '调解未成功',
    withdrawn: '撤回',
    successRate: '调解成功率',
    'committeesByKind.professional': '专业性行业性调委会',
    'committeesByKind.police-station': '驻派出所人民调解室',
    'committeesByKind.tribunal': '驻法庭人民调解室',
    'committeesByKind.court': '区法院人民调解室',
    'committeesByKind.petition': '区信访事项调委会',
    'committeesByKind.township': '镇街人民调解委员会',
    'committeesByKind.community': '村（社区）人民调解委员会',
  },
  prose: { text: mediationProse },
});
