import { APPLICANT_GROUPS, LEGAL_AID_CASE_TYPES, LEGAL_AID_CHANNELS, LEGAL_AID_MATTERS } from '@casetrack/contracts';
import { fenToWanYuan } from '../annual-report/money';
import { each, month, oneOf } from '../drill-through/area-figures';
import { defineArea } from '../projections/define-area';
import { LEGAL_AID_AREA } from './legal-aid-facts';
import { LEGAL_AID_DIMENSIONS, LegalAidReportQuery } from './legal-aid-report.query';
import { LegalAidRollupProjection } from './legal-aid-rollup.projection';

type Json = Record<string, any>;

function legalAidProse(l: Json): string {
  // The exact text: benefitFen is null once the sum is past 2^53.
  return `全年受理援助案件${l.accepted}件，为困难群众挽回损失或取得利益${fenToWanYuan(l.benefitFenText ?? l.benefitFen)}万元。`;
}

/**
 * 法律援助: applications, acceptances (受理援助案件), refusals, closures, the money recovered or
 * obtained for clients, and the median days from application to acceptance. By applicantGroup, a
 * case with several groups counts in each of them, so those rows may add up to more than the totals.
 */
export const LEGAL_AID_REPORT_AREA = defineArea({
  area: LEGAL_AID_AREA,
  sectionKey: 'legalAid',
  label: '法律援助',
  projection: LegalAidRollupProjection,
  query: LegalAidReportQuery,
  dimensions: LEGAL_AID_DIMENSIONS,
  section: (query, em, q) => query.section(em, q.district, q.year),
  breakdown: (query, em, q) => query.breakdown(em, q.district, q.year, q.by),
  drillThrough: {
    figures: each('applied', 'accepted', 'rejected', 'assigned', 'closed'),
    dimensions: {
      applicantGroup: oneOf(APPLICANT_GROUPS, true), caseType: oneOf(LEGAL_AID_CASE_TYPES), matter: oneOf(LEGAL_AID_MATTERS),
      channel: oneOf(LEGAL_AID_CHANNELS), month,
    },
  },
  sources: { benefitFenText: ['benefitFen'], benefitYuan: ['benefitFen'], medianDaysToAcceptance: ['accepted'] },
  figureLabels: {
    applied: '申请援助',
    accepted: '受理援助案件',
    rejected: '不予援助',
    closed: '结案',
    benefitFen: '挽回损失或取得利益（分）',
    benefitYuan: '挽回损失或取得利益（元）',
    medianDaysToAcceptance: '受理用时中位数（天）',
  },
  prose: { text: legalAidProse },
});
