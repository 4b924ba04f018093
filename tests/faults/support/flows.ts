import {
  ADMINISTRATIVE_MATTERS, APPLICANT_GROUPS, COMMITTEE_FIELDS, COMMITTEE_KINDS, DISPUTE_CATEGORIES, DISPUTE_SOURCES, LAWSUIT_OUTCOMES, LEGAL_AID_CASE_TYPES,
  LEGAL_AID_CHANNELS, LEGAL_AID_MATTERS, LEGAL_AID_REJECTION_REASONS, LEGAL_AID_RESULTS, PANEL_ROLES, PENALTY_TYPES, PROBLEM_CATEGORIES,
  REVIEW_CHANNELS, REVIEW_DECISIONS,
} from '@casetrack/contracts';
import { Prng } from '../../../scripts/load-2019/prng';
import { businessTime, iso, later, yearMark } from './business-time';
import { Ledger } from './ledger';
import { RetryingClient } from './retrying-client';

/** The case services a workload drives (app folder names). */
export const CASE_SERVICES = ['mediation', 'legal-aid', 'administrative-review', 'file-review'] as const;
export type CaseService = (typeof CASE_SERVICES)[number];

export interface FlowContext {
  client: RetryingClient;
  ledger: Ledger;
  runId: string;
  url: string;
  /** Committee codes to log disputes with (created by the mediation setup). */
  committees: readonly string[];
}

/** One case's life, step by step; a step that does not succeed ends it. */
export type Flow = (ctx: FlowContext, n: number, prng: Prng) => Promise<void>;

const post = (ctx: FlowContext, service: CaseService, path: string, body: unknown, key: string) =>
  ctx.client.post(service, ctx.url, path, body, `${ctx.runId}:${service}:${key}`);

/** The committees every mediation workload starts with: one of each kind, in place since 2018. */
export async function mediationSetup(ctx: FlowContext): Promise<string[]> {
  const codes: string[] = [];
  for (const kind of COMMITTEE_KINDS) {
    const code = `${ctx.runId}-${kind}`.slice(0, 50);
    const body = { code, name: `${kind} 人民调解委员会`, kind, ...(kind === 'professional' ? { field: 'medical' } : {}), establishedAt: '2018-03-01T09:00:00+08:00' };
    const c = await post(ctx, 'mediation', '/v1/committees', body, `committee:${kind}`);
    ctx.ledger.row('mediation.committees', c.id, 'registered');
    ctx.ledger.fact(`mediation.committeesByKind.${kind}`, body.establishedAt, 1, true);
    codes.push(code);
  }
  return codes;
}

/** A dispute logged, then mostly concluded (success or failure) or withdrawn; now and then a new committee instead. */
export const mediationFlow: Flow = async (ctx, n, prng) => {
  const { ledger } = ctx;
  if (n % 40 === 39) {
    const kind = prng.pick(['community', 'professional', 'police-station'] as const);
    const establishedAt = iso(businessTime(prng), prng);
    const body = { code: `${ctx.runId}-c${n}`.slice(0, 50), name: `新设调解组织 ${n}`, kind, ...(kind === 'professional' ? { field: prng.pick(COMMITTEE_FIELDS) } : {}), establishedAt };
    const c = await post(ctx, 'mediation', '/v1/committees', body, `${n}:committee`);
    ledger.row('mediation.committees', c.id, 'registered');
    ledger.fact(`mediation.committeesByKind.${kind}`, establishedAt, 1, true);
    return;
  }
  const received = businessTime(prng);
  const receivedAt = iso(received, prng);
  const body = { committeeCode: prng.pick(ctx.committees), category: prng.pick(DISPUTE_CATEGORIES), source: prng.pick(DISPUTE_SOURCES), receivedAt, partyCount: prng.int(2, 4) };
  const d = await post(ctx, 'mediation', '/v1/disputes', body, `${n}:register`);
  ledger.fact('mediation.registered', receivedAt);
  ledger.row('mediation.disputes', d.id, d.status);
  const roll = prng.next();
  if (roll < 0.8) {
    const result = roll < 0.72 ? 'success' : 'failure';
    const concludedAt = iso(later(received, prng, 0, 25), prng);
    const c = await post(ctx, 'mediation', `/v1/disputes/${d.id}/conclusion`, { result, concludedAt, ...(result === 'success' ? { agreement: 'written' } : {}) }, `${n}:conclude`);
    const figure = (r: string) => (r === 'success' ? 'mediation.succeeded' : 'mediation.failed');
    ledger.fact('mediation.mediated', concludedAt);
    ledger.fact(figure(result), concludedAt);
    ledger.row('mediation.disputes', d.id, c.status);
    if (prng.next() < 0.08) {
      // The result was recorded wrongly: the case moves to the other figure of its conclusion's year.
      const corrected = result === 'success' ? 'failure' : 'success';
      const k = await post(ctx, 'mediation', `/v1/disputes/${d.id}/correction`, { result: corrected, reason: '调解结果登记错误' }, `${n}:correct`);
      ledger.fact(figure(result), concludedAt, -1);
      ledger.fact(figure(corrected), concludedAt);
      ledger.row('mediation.disputes', d.id, k.status);
    }
  } else if (roll < 0.9) {
    const withdrawnAt = iso(later(received, prng, 0, 20), prng);
    const w = await post(ctx, 'mediation', `/v1/disputes/${d.id}/withdrawal`, { withdrawnAt }, `${n}:withdraw`);
    ledger.fact('mediation.withdrawn', withdrawnAt);
    ledger.row('mediation.disputes', d.id, w.status);
  }
};

/** An application, refused or accepted, then assigned and closed with the money recovered. */
export const legalAidFlow: Flow = async (ctx, n, prng) => {
  const { ledger } = ctx;
  const applied = businessTime(prng);
  const appliedAt = iso(applied, prng);
  const groups = [...new Set([prng.pick(APPLICANT_GROUPS), prng.pick(APPLICANT_GROUPS)])];
  const body = { applicantGroups: groups, caseType: prng.pick(LEGAL_AID_CASE_TYPES), matter: prng.pick(LEGAL_AID_MATTERS), channel: prng.pick(LEGAL_AID_CHANNELS), appliedAt, greenChannel: prng.next() < 0.2 };
  const c = await post(ctx, 'legal-aid', '/v1/cases', body, `${n}:apply`);
  ledger.fact('legalAid.applied', appliedAt);
  ledger.row('legal_aid.cases', c.id, c.status);
  const step = async (path: string, payload: Record<string, unknown>, figure: string, at: string) => {
    const r = await post(ctx, 'legal-aid', `/v1/cases/${c.id}/${path}`, payload, `${n}:${path}`);
    ledger.fact(`legalAid.${figure}`, at);
    ledger.row('legal_aid.cases', c.id, r.status);
  };
  const roll = prng.next();
  if (roll < 0.12) {
    const rejectedAt = iso(later(applied, prng, 0, 5), prng);
    return step('rejection', { rejectedAt, reason: prng.pick(LEGAL_AID_REJECTION_REASONS) }, 'rejected', rejectedAt);
  }
  if (roll > 0.92) return;
  const accepted = later(applied, prng, 0, 6);
  await step('acceptance', { acceptedAt: iso(accepted, prng) }, 'accepted', accepted.toISOString());
  if (prng.next() > 0.85) return;
  const assigned = later(accepted, prng, 0, 5);
  await step('assignment', { assignedAt: iso(assigned, prng), lawFirm: '重庆某某律师事务所' }, 'assigned', assigned.toISOString());
  if (prng.next() > 0.75) return;
  const closedAt = iso(later(assigned, prng, 10, 60), prng);
  const benefitFen = prng.next() < 0.3 ? 0 : prng.int(1, 3_000_000);
  await step('closure', { closedAt, result: prng.pick(LEGAL_AID_RESULTS), benefitFen }, 'closed', closedAt);
  ledger.fact('legalAid.benefitFen', closedAt, benefitFen);
  if (prng.next() < 0.1) {
    // The benefit was recorded wrongly: the difference moves the closure year's sum.
    const corrected = benefitFen + prng.int(1, 500_000);
    const k = await post(ctx, 'legal-aid', `/v1/cases/${c.id}/correction`, { benefitFen: corrected, reason: '挽回损失金额登记错误' }, `${n}:correct`);
    ledger.fact('legalAid.benefitFen', closedAt, corrected - benefitFen);
    ledger.row('legal_aid.cases', c.id, k.status);
  }
};

/** A review application, refused or accepted, sometimes extended, mostly decided. */
export const reviewFlow: Flow = async (ctx, n, prng) => {
  const { ledger } = ctx;
  const received = businessTime(prng);
  const receivedAt = iso(received, prng);
  const body = { receivedAt, channel: prng.pick(REVIEW_CHANNELS), respondentAgency: prng.pick(AGENCIES), matter: prng.pick(ADMINISTRATIVE_MATTERS) };
  const r = await post(ctx, 'administrative-review', '/v1/reviews', body, `${n}:receive`);
  ledger.fact('administrativeReview.received', receivedAt);
  ledger.row('admin_review.reviews', r.id, r.status);
  const step = async (path: string, payload: Record<string, unknown>, figures: string[], at: string) => {
    const res = await post(ctx, 'administrative-review', `/v1/reviews/${r.id}/${path}`, payload, `${n}:${path}`);
    for (const f of figures) ledger.fact(`administrativeReview.${f}`, at);
    ledger.row('admin_review.reviews', r.id, res.status);
  };
  if (prng.next() < 0.15) {
    const rejectedAt = iso(later(received, prng, 1, 5), prng);
    return step('rejection', { rejectedAt, reason: '不属于行政复议受理范围' }, ['rejected'], rejectedAt);
  }
  const accepted = later(received, prng, 1, 5);
  await step('acceptance', { acceptedAt: iso(accepted, prng) }, ['accepted'], accepted.toISOString());
  let base = accepted;
  if (prng.next() < 0.2) {
    base = later(accepted, prng, 30, 50);
    await step('extension', { extendedAt: iso(base, prng), days: prng.int(10, 30) }, ['extended'], base.toISOString());
  }
  if (prng.next() < 0.2) return;
  const decidedAt = iso(later(base, prng, 5, 70), prng);
  const decision = prng.pick(REVIEW_DECISIONS);
  await step('decision', { decidedAt, decision }, ['concluded', `byDecision.${decision}`], decidedAt);
};

/** A lawsuit against a district agency, its hearings (the head attending some) and often a judgment. */
export const lawsuitFlow: Flow = async (ctx, n, prng) => {
  const { ledger } = ctx;
  const filed = businessTime(prng);
  const filedAt = iso(filed, prng);
  const body = { filedAt, defendantAgency: prng.pick(AGENCIES), court: '重庆铁路运输法院', matter: prng.pick(ADMINISTRATIVE_MATTERS) };
  const l = await post(ctx, 'administrative-review', '/v1/lawsuits', body, `${n}:file`);
  ledger.fact('litigation.filed', filedAt);
  ledger.row('admin_review.lawsuits', l.id, l.status);
  let last = filed;
  for (let h = prng.int(0, 2); h > 0; h--) {
    last = later(last, prng, 10, 40);
    const heldAt = iso(last, prng);
    const appeared = prng.next() < 0.35;
    const role = prng.next() < 0.1 ? 'government-leader' : 'agency-head';
    const hearing = await post(ctx, 'administrative-review', `/v1/lawsuits/${l.id}/hearings`, { heldAt, headAppeared: appeared, ...(appeared ? { appearedRole: role } : {}) }, `${n}:hearing:${h}`);
    ledger.row('admin_review.hearings', hearing.id, 'held');
    ledger.fact('litigation.hearings', heldAt);
    if (appeared) {
      ledger.fact('litigation.headAppearances', heldAt);
      ledger.fact(`litigation.byRole.${role}`, heldAt);
    }
  }
  if (prng.next() < 0.4) return;
  const decidedAt = iso(later(last, prng, 5, 30), prng);
  const j = await post(ctx, 'administrative-review', `/v1/lawsuits/${l.id}/judgment`, { decidedAt, outcome: prng.pick(LAWSUIT_OUTCOMES) }, `${n}:judgment`);
  ledger.fact('litigation.judged', decidedAt);
  ledger.row('admin_review.lawsuits', l.id, j.status);
};

/** Reviews and lawsuits share the administrative-review service. */
export const adminReviewFlow: Flow = (ctx, n, prng) => (n % 2 === 0 ? reviewFlow(ctx, n, prng) : lawsuitFlow(ctx, n, prng));

const gradeOf = (score: number) => (score >= 90 ? 'excellent' : score >= 75 ? 'good' : score >= 60 ? 'pass' : 'fail');

/** A whole campaign: opened with a panel, files pooled, a sample drawn, each drawn file reviewed, the notice issued. */
export const fileReviewFlow: Flow = async (ctx, n, prng) => {
  const { ledger } = ctx;
  const year = prng.next() < 0.85 ? 2019 : 2020;
  const panel = Array.from({ length: prng.int(3, 5) }, () => ({ role: prng.pick(PANEL_ROLES) }));
  const c = await post(ctx, 'file-review', '/v1/campaigns', { year, title: `${ctx.runId} 案卷评查 ${n}`, panel }, `${n}:open`);
  ledger.fact('fileReview.campaigns', yearMark(year));
  for (const m of panel) ledger.fact(`fileReview.panelByRole.${m.role}`, yearMark(year));
  ledger.row('file_review.campaigns', c.id, c.status);
  const files = Array.from({ length: 10 }, (_, i) => ({
    agency: prng.pick(AGENCIES), fileNumber: `罚〔${year}〕${n}-${i}号`, penaltyType: prng.pick(PENALTY_TYPES), decidedAt: `${year}-0${prng.int(1, 6)}-1${prng.int(0, 9)}T10:00:00+08:00`,
  }));
  const pooled = await post(ctx, 'file-review', `/v1/campaigns/${c.id}/files`, { files }, `${n}:pool`);
  for (const f of pooled.files as { id: string; status: string }[]) ledger.row('file_review.files', f.id, f.status);
  const draw = await post(ctx, 'file-review', `/v1/campaigns/${c.id}/draw`, { sampleSize: 4, seed: `${ctx.runId}-${n}` }, `${n}:draw`);
  ledger.fact('fileReview.filesSampled', yearMark(year), draw.files.length);
  ledger.row('file_review.campaigns', c.id, draw.status);
  for (const f of draw.files as { id: string; status: string }[]) ledger.row('file_review.files', f.id, f.status);
  let lastReview = new Date(Date.UTC(year, 8, 1));
  for (const f of draw.files as { id: string }[]) {
    const reviewed = prng.next() < 0.1 ? new Date(Date.UTC(year, 11, 31, 15, 0, 0) + prng.int(0, 7200) * 1000) : later(new Date(Date.UTC(year, 8, 1)), prng, 0, 100);
    const reviewedAt = iso(reviewed, prng);
    const score = prng.int(40, 100);
    const problems = Array.from({ length: prng.int(0, 3) }, () => ({ category: prng.pick(PROBLEM_CATEGORIES), description: '未履行事先告知程序' }));
    const r = await post(ctx, 'file-review', `/v1/files/${f.id}/review`, { reviewedAt, score, problems }, `${n}:review:${f.id}`);
    ledger.row('file_review.files', f.id, r.status);
    ledger.fact('fileReview.filesReviewed', reviewedAt);
    ledger.fact(`fileReview.byGrade.${gradeOf(score)}`, reviewedAt);
    ledger.fact('fileReview.problems', reviewedAt, problems.length);
    for (const p of problems) ledger.fact(`fileReview.problemsByCategory.${p.category}`, reviewedAt);
    if (reviewed > lastReview) lastReview = reviewed;
  }
  if (prng.next() < 0.2) return;
  const notice = await post(ctx, 'file-review', `/v1/campaigns/${c.id}/notice`, { issuedAt: iso(later(lastReview, prng, 1, 3), prng) }, `${n}:notice`);
  ledger.fact('fileReview.campaignsNoticed', yearMark(year));
  ledger.row('file_review.campaigns', c.id, notice.status);
};

const AGENCIES = ['重庆市沙坪坝区市场监督管理局', '重庆市沙坪坝区城市管理局', '重庆市沙坪坝区生态环境局', '重庆市沙坪坝区人民政府', '重庆市公安局沙坪坝区分局'];

/** Each service's flow. */
export const FLOWS: Record<CaseService, Flow> = {
  mediation: mediationFlow,
  'legal-aid': legalAidFlow,
  'administrative-review': adminReviewFlow,
  'file-review': fileReviewFlow,
};
