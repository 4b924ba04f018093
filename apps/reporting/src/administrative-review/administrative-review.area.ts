import { ADMINISTRATIVE_MATTERS, REVIEW_CHANNELS, REVIEW_DECISIONS } from '@casetrack/contracts';
import { rateText } from '../annual-report/rate';
import { each, month, oneOf, text } from '../drill-through/area-figures';
import { defineArea } from '../projections/define-area';
import { ADMIN_REVIEW_AREA, LITIGATION_AREA } from './admin-review-facts';
import { ADMIN_REVIEW_DIMENSIONS, AdminReviewReportQuery } from './admin-review-report.query';
import { AdminReviewProjection } from './admin-review.projection';
import { LITIGATION_DIMENSIONS, LitigationReportQuery } from './litigation-report.query';

type Json = Record<string, any>;

function reviewProse(r: Json): string {
  return `全年受理复议${r.accepted}件，审结${r.concluded}件。`;
}

function litigationProse(lit: Json): string {
  const role = lit.byRole ?? {};
  let text = `全年区政府领导出庭应诉${role['government-leader'] ?? 0}次，区级部门负责人出庭应诉${role['agency-head'] ?? 0}次，出庭应诉率达到${rateText(lit.appearanceRate)}。`;
  text += `协调办理以我区行政机关为被告的行政诉讼案件${lit.filed}件，督促履行生效法院判决${lit.judgmentsSupervised ?? 0}件，督办司法建议${lit.suggestionsSupervised ?? 0}件。`;
  return text;
}

/**
 * 行政复议: applications received, accepted (受理复议), rejected, concluded (审结) by decision, the
 * correction rate, decisions made late, and accepted reviews still undecided past their deadline at
 * the year's end.
 */
export const ADMINISTRATIVE_REVIEW_REPORT_AREA = defineArea({
  area: ADMIN_REVIEW_AREA,
  sectionKey: 'administrativeReview',
  label: '行政复议',
  projection: AdminReviewProjection,
  query: AdminReviewReportQuery,
  dimensions: ADMIN_REVIEW_DIMENSIONS,
  section: (query, em, q) => query.section(em, q.district, q.year, q.timeZone),
  breakdown: (query, em, q) => query.breakdown(em, q.district, q.year, q.by),
  drillThrough: {
    figures: each('received', 'accepted', 'rejected', 'extended', 'concluded', 'decidedLate'),
    dimensions: { decision: oneOf(REVIEW_DECISIONS), channel: oneOf(REVIEW_CHANNELS), matter: oneOf(ADMINISTRATIVE_MATTERS), month },
  },
  sources: { correctionRate: ['concluded'], openPastDueAtYearEnd: ['accepted', 'extended', 'concluded'] },
  figureLabels: {
    received: '收到复议申请',
    accepted: '受理复议',
    concluded: '审结',
    correctionRate: '纠错率',
  },
  prose: { text: reviewProse },
});

/**
 * 行政应诉: lawsuits against district agencies, hearings, and the agency heads who appeared in court
 * (出庭应诉率). Its events share the admin-review topic, so it shares that area's projection (one
 * instance: app.module provides each projection class once).
 */
export const LITIGATION_REPORT_AREA = defineArea({
  area: LITIGATION_AREA,
  sectionKey: 'litigation',
  label: '行政应诉',
  projection: AdminReviewProjection,
  query: LitigationReportQuery,
  dimensions: LITIGATION_DIMENSIONS,
  section: (query, em, q) => query.section(em, q.district, q.year),
  breakdown: (query, em, q) => query.breakdown(em, q.district, q.year, q.by),
  drillThrough: {
    figures: each('filed', 'hearings', 'headAppearances', 'judged', 'judgmentsSupervised', 'supervisionsConcluded', 'suggestionsReceived', 'suggestionsSupervised', 'suggestionsAnswered'),
    dimensions: { defendantAgency: text, matter: oneOf(ADMINISTRATIVE_MATTERS), month },
    parts: { hearing: 'hearingId', appearance: 'hearingId', suggestion: 'suggestionId', 'suggestion-supervised': 'suggestionId', 'suggestion-answered': 'suggestionId' },
  },
  sources: { appearanceRate: ['hearings', 'headAppearances'] },
  figureLabels: {
    filed: '行政诉讼案件',
    hearings: '开庭',
    headAppearances: '负责人出庭应诉',
    'byRole.government-leader': '区政府领导出庭应诉',
    'byRole.agency-head': '区级部门负责人出庭应诉',
    appearanceRate: '出庭应诉率',
    judgmentsSupervised: '督促履行生效法院判决',
    supervisionsConcluded: '督促履行结束',
    suggestionsReceived: '收到司法建议',
    suggestionsSupervised: '督办司法建议',
    suggestionsAnswered: '司法建议已回复',
  },
  // The published report says it right after the review's figures, in the same paragraph.
  prose: { text: litigationProse, continues: true },
});
