import {
  ADMINISTRATIVE_MATTERS, ADVISER_KINDS, ADVISER_WORK_KINDS, AGENDA_MEETING_KINDS, APPEARED_ROLES, APPLICANT_GROUPS, CaseEvent, CLEANUP_OUTCOMES, COORDINATION_GROUP_FIELDS, COMMITTEE_FIELDS, COMMITTEE_KINDS, DISPUTE_CATEGORIES, DISPUTE_SOURCES,
  CONTRACT_KINDS, DOCUMENT_FINDINGS, DOCUMENT_KINDS, LAWSUIT_OUTCOMES, LEGAL_AID_CASE_TYPES, LEGAL_AID_CHANNELS, LEGAL_AID_MATTERS, LEGAL_AID_REJECTION_REASONS, LEGAL_AID_RESULTS, PANEL_ROLES,
  COMPLAINT_OUTCOMES, COMPLAINT_TARGETS, PLATFORM_LEVELS, PROVIDER_KINDS, SERVICE_CHANNELS, SERVICE_KINDS,
  PENALTY_TYPES, PERFORMANCE_RESULTS, PROBLEM_CATEGORIES, REVIEW_CHANNELS, REVIEW_DECISIONS, REVIEW_OPINIONS, validateEvent,
  ACTIVITY_KINDS, AWARD_RANKS, CONTEST_KINDS, EXAM_AUDIENCES, LEVELS, WORK_KINDS, WORK_SERIES,
} from '@casetrack/contracts';
import { Prng } from '../../../scripts/load-2019/prng';

/** A UUID drawn from the PRNG (version 4 layout), so the same seed gives the same ids. */
function uuidOf(prng: Prng): string {
  const hex = Array.from({ length: 32 }, () => prng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[prng.int(0, 3)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** `at` plus some days, as an instant written in +08:00. */
function later(at: string, prng: Prng, maxDays: number): string {
  const ms = Date.parse(at) + prng.int(0, maxDays) * 86_400_000 + prng.int(0, 7_200) * 1000;
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

/**
 * Every kind of event of every area for one district over a year and the turn of the next (some
 * business times at the year's edges, so the time zone decides their year), each case's events in
 * sequence order, interleaved across cases as a topic would carry them. Each event is checked
 * against its contract. For tests that compare ways of applying events: the figures are not meant
 * to match the seed.
 */
export function generatedYear(district: string, opts: { seed?: string; year?: number; casesPerArea?: number } = {}): CaseEvent[] {
  const prng = new Prng(opts.seed ?? 'generated-year');
  const year = opts.year ?? 2019;
  const cases = opts.casesPerArea ?? 150;
  const streams: CaseEvent[][] = [];
  const stream = (caseId: string) => {
    const events: CaseEvent[] = [];
    streams.push(events);
    return (type: string, payload: Record<string, unknown>, occurredAt: string) => {
      const event = { eventId: uuidOf(prng), type, version: 1, occurredAt, district, caseId, sequence: events.length + 1, actorId: null, payload };
      const checked = validateEvent(event);
      if (!checked.ok) throw new Error(`generated an invalid ${type}: ${checked.reason}`);
      events.push(checked.event);
    };
  };
  // Business times from 20 December of the year before to 10 January after: the edges count.
  const anyTime = () => prng.weighted([[prng.instantIn(year), 10], [prng.instantIn(year - 1, 354, 365), 1], [prng.instantIn(year + 1, 1, 10), 1]] as const);

  const committees = COMMITTEE_KINDS.flatMap((kind, i) => [0, 1].map((n) => ({ code: `GEN-${i}-${n}`, kind, field: kind === 'professional' ? COMMITTEE_FIELDS[n] : null })));
  for (const c of committees) {
    const at = prng.instantIn(year - 1, 1, 300);
    stream(uuidOf(prng))('mediation.committee.registered', { code: c.code, kind: c.kind, field: c.field, establishedAt: at }, at);
  }
  for (let i = 0; i < cases; i++) {
    const emit = stream(uuidOf(prng));
    const c = prng.pick(committees);
    const dims = { committeeCode: c.code, committeeKind: c.kind, committeeField: c.field, category: prng.pick(DISPUTE_CATEGORIES), source: prng.pick(DISPUTE_SOURCES), receivedAt: anyTime() };
    emit('mediation.dispute.registered', { ...dims, partyCount: prng.int(2, 4), amountInvolvedFen: prng.next() < 0.5 ? null : prng.int(0, 10_000_000) }, dims.receivedAt);
    const end = prng.weighted([['concluded', 7], ['withdrawn', 1], ['open', 2]] as const);
    if (end === 'withdrawn') {
      const at = later(dims.receivedAt, prng, 30);
      emit('mediation.dispute.withdrawn', { ...dims, withdrawnAt: at }, at);
    } else if (end === 'concluded') {
      const at = later(dims.receivedAt, prng, 30);
      const result = prng.next() < 0.9 ? 'success' : 'failure';
      emit('mediation.dispute.concluded', { ...dims, concludedAt: at, result, agreement: result === 'success' ? 'written' : null, agreementAmountFen: null }, at);
      if (prng.next() < 0.1) emit('mediation.dispute.corrected', { ...dims, concludedAt: at, oldResult: result, newResult: result === 'success' ? 'failure' : 'success' }, later(at, prng, 5));
    }
  }

  for (let i = 0; i < cases; i++) {
    const emit = stream(uuidOf(prng));
    const appliedAt = anyTime();
    const groups = prng.shuffle(APPLICANT_GROUPS).slice(0, prng.int(1, 3));
    const dims = { applicantGroups: groups, caseType: prng.pick(LEGAL_AID_CASE_TYPES), matter: prng.pick(LEGAL_AID_MATTERS), channel: prng.pick(LEGAL_AID_CHANNELS), greenChannel: prng.next() < 0.2, appliedAt };
    emit('legalaid.case.applied', dims, appliedAt);
    if (prng.next() < 0.15) {
      const at = later(appliedAt, prng, 10);
      emit('legalaid.case.rejected', { ...dims, rejectedAt: at, reason: prng.pick(LEGAL_AID_REJECTION_REASONS) }, at);
      continue;
    }
    const acceptedAt = later(appliedAt, prng, 10);
    emit('legalaid.case.accepted', { ...dims, acceptedAt }, acceptedAt);
    if (prng.next() < 0.2) continue;
    const assignedAt = later(acceptedAt, prng, 5);
    emit('legalaid.case.assigned', { ...dims, assignedAt }, assignedAt);
    if (prng.next() < 0.3) continue;
    const closedAt = later(assignedAt, prng, 60);
    const benefitFen = prng.int(0, 5_000_000);
    emit('legalaid.case.closed', { ...dims, closedAt, result: prng.pick(LEGAL_AID_RESULTS), benefitFen }, closedAt);
    if (prng.next() < 0.1) emit('legalaid.case.corrected', { ...dims, closedAt, oldBenefitFen: benefitFen, newBenefitFen: prng.int(0, 5_000_000) }, later(closedAt, prng, 5));
  }

  for (let i = 0; i < cases; i++) {
    const emit = stream(uuidOf(prng));
    const receivedAt = anyTime();
    const dims = { channel: prng.pick(REVIEW_CHANNELS), matter: prng.pick(ADMINISTRATIVE_MATTERS), respondentAgency: `区${prng.int(1, 6)}局`, receivedAt };
    emit('adminreview.review.received', dims, receivedAt);
    if (prng.next() < 0.1) {
      const at = later(receivedAt, prng, 5);
      emit('adminreview.review.rejected', { ...dims, rejectedAt: at }, at);
      continue;
    }
    const acceptedAt = later(receivedAt, prng, 5);
    let dueAt = new Date(Date.parse(acceptedAt) + 60 * 86_400_000).toISOString();
    emit('adminreview.review.accepted', { ...dims, acceptedAt, dueAt }, acceptedAt);
    const extended = prng.next() < 0.2;
    if (extended) {
      const extendedAt = later(acceptedAt, prng, 50);
      const days = prng.int(1, 30);
      dueAt = new Date(Date.parse(dueAt) + days * 86_400_000).toISOString();
      emit('adminreview.review.extended', { ...dims, acceptedAt, extendedAt, days, dueAt }, extendedAt);
    }
    if (prng.next() < 0.25) continue;
    const decidedAt = later(acceptedAt, prng, 80);
    emit('adminreview.review.concluded', { ...dims, acceptedAt, dueAt, extended, decidedAt, decision: prng.pick(REVIEW_DECISIONS), late: Date.parse(decidedAt) > Date.parse(dueAt) }, decidedAt);
  }
  for (let i = 0; i < cases; i++) {
    const emit = stream(uuidOf(prng));
    const filedAt = anyTime();
    const dims = { defendantAgency: `区${prng.int(1, 6)}局`, court: '区人民法院', matter: prng.pick(ADMINISTRATIVE_MATTERS), filedAt };
    emit('adminreview.lawsuit.filed', dims, filedAt);
    const hearings = prng.int(0, 2);
    let at = filedAt;
    for (let h = 0; h < hearings; h++) {
      at = later(at, prng, 20);
      const appeared = prng.next() < 0.35;
      emit('adminreview.lawsuit.hearing-held', { ...dims, hearingId: uuidOf(prng), heldAt: at, headAppeared: appeared, appearedRole: appeared ? prng.pick(APPEARED_ROLES) : null }, at);
    }
    if (prng.next() < 0.3) {
      const suggestion = { suggestionId: uuidOf(prng), suggestingCourt: '区人民法院', receivedAt: later(at, prng, 20) };
      emit('adminreview.lawsuit.judicial-suggestion-received', { ...dims, ...suggestion }, suggestion.receivedAt);
      const supervisedAt = prng.next() < 0.7 ? later(suggestion.receivedAt, prng, 10) : null;
      if (supervisedAt) emit('adminreview.lawsuit.judicial-suggestion-supervised', { ...dims, ...suggestion, supervisedAt }, supervisedAt);
      if (prng.next() < 0.6) {
        const answeredAt = later(supervisedAt ?? suggestion.receivedAt, prng, 20);
        emit('adminreview.lawsuit.judicial-suggestion-answered', { ...dims, ...suggestion, supervisedAt, answeredAt }, answeredAt);
      }
    }
    if (prng.next() < 0.5) {
      const decidedAt = later(at, prng, 30);
      const outcome = prng.pick(LAWSUIT_OUTCOMES);
      emit('adminreview.lawsuit.judged', { ...dims, decidedAt, outcome, hearingCount: hearings }, decidedAt);
      if (outcome !== 'withdrawn' && prng.next() < 0.3) {
        const judgmentEffectiveAt = later(decidedAt, prng, 15);
        const startedAt = later(judgmentEffectiveAt, prng, 5);
        emit('adminreview.lawsuit.performance-supervision-started', { ...dims, decidedAt, outcome, judgmentEffectiveAt, startedAt }, startedAt);
        if (prng.next() < 0.6) {
          const concludedAt = later(startedAt, prng, 30);
          emit('adminreview.lawsuit.performance-supervision-concluded', { ...dims, judgmentEffectiveAt, startedAt, concludedAt, result: prng.pick(PERFORMANCE_RESULTS) }, concludedAt);
        }
      }
    }
  }

  const campaignId = uuidOf(prng);
  const emitCampaign = stream(campaignId);
  const openedAt = prng.instantIn(year, 1, 30);
  emitCampaign('filereview.campaign.opened', { year, openedAt, panelSize: 5, panelByRole: Object.fromEntries(PANEL_ROLES.map((r) => [r, 1])) }, openedAt);
  const files = Math.max(1, Math.floor(cases / 3));
  let problems = 0;
  for (let i = 0; i < files; i++) {
    const fileId = uuidOf(prng);
    const file = { campaignYear: year, fileId, fileNumber: `GEN-${i + 1}`, agency: `区${prng.int(1, 6)}局`, penaltyType: prng.pick(PENALTY_TYPES) };
    const sampledAt = prng.instantIn(year, 31, 60);
    emitCampaign('filereview.file.sampled', { ...file, decidedAt: prng.instantIn(year - 1, 1, 300), drawPosition: i + 1, sampleSize: files, poolSize: files * 2 }, sampledAt);
    const score = prng.int(40, 100);
    const counts = Object.fromEntries(PROBLEM_CATEGORIES.map((c) => [c, prng.next() < 0.2 ? prng.int(1, 3) : 0]));
    problems += Object.values(counts).reduce((s, n) => s + n, 0);
    const reviewedAt = prng.weighted([[prng.instantIn(year, 61, 360), 9], [prng.instantIn(year + 1, 1, 5), 1]] as const);
    const grade = score >= 90 ? 'excellent' : score >= 75 ? 'good' : score >= 60 ? 'pass' : 'fail';
    stream(fileId)('filereview.file.reviewed', { ...file, reviewedAt, score, grade, problemCounts: counts }, reviewedAt);
  }
  const issuedAt = prng.instantIn(year, 361, 364);
  emitCampaign('filereview.campaign.noticed', { year, issuedAt, filesDrawn: files, filesReviewed: files, problems }, issuedAt);

  // Legal affairs: leadership meetings, documents, contracts, advisers' engagements and their work.
  const units = ['区司法局', '区住建委', '区市场监管局', '区教委'];
  for (let i = 0; i < Math.max(1, Math.floor(cases / 4)); i++) {
    const heldAt = anyTime();
    stream(uuidOf(prng))('legalaffairs.agenda-meeting.recorded', { kind: prng.pick(AGENDA_MEETING_KINDS), heldAt }, heldAt);
  }
  for (let i = 0; i < cases; i++) {
    const emit = stream(uuidOf(prng));
    const dims = { unit: prng.pick(units), kind: prng.pick(DOCUMENT_KINDS), submittedAt: anyTime() };
    emit('legalaffairs.document.submitted', dims, dims.submittedAt);
    if (prng.next() < 0.15) continue;
    const reviewedAt = later(dims.submittedAt, prng, 10);
    const opinion = prng.pick(REVIEW_OPINIONS);
    const normative = prng.next() < 0.3;
    emit('legalaffairs.document.reviewed', { ...dims, reviewedAt, opinion, normative }, reviewedAt);
    if (!normative || opinion === 'rejected' || prng.next() < 0.2) continue;
    const filedAt = later(reviewedAt, prng, 10);
    emit('legalaffairs.document.filed', { ...dims, reviewedAt, filedAt }, filedAt);
    if (prng.next() < 0.3) {
      const foundAt = later(filedAt, prng, 30);
      emit('legalaffairs.document.finding-recorded', { ...dims, filedAt, finding: prng.pick(DOCUMENT_FINDINGS), foundAt }, foundAt);
    }
  }
  for (let i = 0; i < cases; i++) {
    const emit = stream(uuidOf(prng));
    const dims = { unit: prng.pick(units), kind: prng.pick(CONTRACT_KINDS), submittedAt: anyTime() };
    const amountFen = prng.int(0, 100_000_000);
    emit('legalaffairs.contract.submitted', { ...dims, amountFen }, dims.submittedAt);
    if (prng.next() < 0.2) continue;
    const reviewedAt = later(dims.submittedAt, prng, 10);
    emit('legalaffairs.contract.reviewed', { ...dims, amountFen, reviewedAt, opinion: prng.pick(REVIEW_OPINIONS) }, reviewedAt);
  }
  for (const unit of units) {
    const emit = stream(uuidOf(prng));
    const dims = { unit, adviserKind: prng.pick(ADVISER_KINDS), startedAt: prng.instantIn(year - 1, 1, 300) };
    emit('legalaffairs.adviser.engaged', dims, dims.startedAt);
    let at = dims.startedAt;
    const records = prng.int(Math.floor(cases / 8), Math.floor(cases / 4));
    for (let r = 0; r < records; r++) {
      at = later(at, prng, 4);
      emit('legalaffairs.adviser.work-recorded', { ...dims, workRecordId: uuidOf(prng), workKind: prng.pick(ADVISER_WORK_KINDS), performedAt: at }, at);
    }
    if (prng.next() < 0.5) {
      const endedAt = later(at, prng, 30);
      emit('legalaffairs.adviser.engagement-ended', { ...dims, endedAt, workRecordCount: records }, endedAt);
    }
  }

  // The registry of units (one dissolved), clean-up campaigns (the close carries its decisions'
  // counts), coordination groups (one dissolved) and the committee's meetings, numbered from 1.
  units.forEach((unit, i) => {
    const emit = stream(uuidOf(prng));
    const registeredAt = prng.instantIn(year - 1, 1, 300);
    emit('legalaffairs.district-unit.registered', { unit, registeredAt }, registeredAt);
    if (i === 0) {
      const dissolvedAt = anyTime();
      emit('legalaffairs.district-unit.dissolved', { unit, registeredAt, dissolvedAt }, dissolvedAt);
    }
  });
  for (let c = 0; c < 2; c++) {
    const emit = stream(uuidOf(prng));
    const startedAt = c === 0 ? prng.instantIn(year - 1, 354, 360) : prng.instantIn(year, 1, 200);
    emit('legalaffairs.cleanup.campaign-opened', { startedAt }, startedAt);
    const tally = { kept: 0, amended: 0, repealed: 0 };
    let at = startedAt;
    for (let d = 0; d < Math.max(3, Math.floor(cases / 5)); d++) {
      at = later(at, prng, 3);
      const outcome = prng.pick(CLEANUP_OUTCOMES);
      tally[outcome]++;
      emit('legalaffairs.cleanup.document-decided', { startedAt, decisionId: uuidOf(prng), outcome, decidedAt: at }, at);
    }
    const closedAt = later(at, prng, 5);
    emit('legalaffairs.cleanup.campaign-closed', { startedAt, closedAt, reviewed: tally.kept + tally.amended + tally.repealed, ...tally }, closedAt);
  }
  COORDINATION_GROUP_FIELDS.forEach((field, i) => {
    const emit = stream(uuidOf(prng));
    const establishedAt = anyTime();
    emit('legalaffairs.coordination-group.established', { field, establishedAt }, establishedAt);
    if (i === 0) {
      const dissolvedAt = later(establishedAt, prng, 60);
      emit('legalaffairs.coordination-group.dissolved', { field, establishedAt, dissolvedAt }, dissolvedAt);
    }
  });
  let meetingAt = prng.instantIn(year - 1, 340, 350);
  for (let number = 1; number <= 3; number++) {
    meetingAt = later(meetingAt, prng, 150);
    stream(uuidOf(prng))('legalaffairs.committee-meeting.held', { number, heldAt: meetingAt }, meetingAt);
  }

  // Public legal services: platforms (standardised, some closed) and the services given at them,
  // providers (some deregistered), complaints (most concluded), exam sittings.
  for (let i = 0; i < Math.ceil(cases / 10); i++) {
    const platformId = uuidOf(prng);
    const emit = stream(platformId);
    const level = prng.pick(PLATFORM_LEVELS);
    const registeredAt = prng.instantIn(year - 1, 1, 350);
    emit('publiclegal.platform.registered', { level, registeredAt }, registeredAt);
    const standardisedAt = prng.next() < 0.7 ? later(registeredAt, prng, 400) : null;
    if (standardisedAt) emit('publiclegal.platform.standardised', { level, registeredAt, standardisedAt }, standardisedAt);
    if (i % 4 === 0) {
      const closedAt = later(standardisedAt ?? registeredAt, prng, 60);
      emit('publiclegal.platform.closed', { level, registeredAt, standardisedAt, closedAt }, closedAt);
    }
    for (let j = 0; j < 5; j++) {
      const servedAt = anyTime();
      stream(uuidOf(prng))('publiclegal.service.recorded', { platformId, level, channel: prng.pick(SERVICE_CHANNELS), kind: prng.pick(SERVICE_KINDS), persons: prng.int(1, 4), servedAt }, servedAt);
    }
  }
  for (let i = 0; i < Math.ceil(cases / 10); i++) {
    const emit = stream(uuidOf(prng));
    const providerKind = prng.pick(PROVIDER_KINDS);
    const registeredAt = prng.instantIn(year - 1, 1, 365);
    emit('publiclegal.provider.registered', { providerKind, registeredAt }, registeredAt);
    if (i % 3 === 0) {
      const deregisteredAt = later(registeredAt, prng, 400);
      emit('publiclegal.provider.deregistered', { providerKind, registeredAt, deregisteredAt }, deregisteredAt);
    }
  }
  for (let i = 0; i < Math.ceil(cases / 10); i++) {
    const emit = stream(uuidOf(prng));
    const against = prng.pick(COMPLAINT_TARGETS);
    const receivedAt = anyTime();
    emit('publiclegal.complaint.received', { against, receivedAt }, receivedAt);
    if (prng.next() < 0.8) {
      const concludedAt = later(receivedAt, prng, 40);
      emit('publiclegal.complaint.concluded', { against, receivedAt, outcome: prng.pick(COMPLAINT_OUTCOMES), concludedAt }, concludedAt);
    }
  }
  for (let i = 0; i < 3; i++) {
    const heldAt = anyTime();
    stream(uuidOf(prng))('publiclegal.exam-sitting.recorded', { heldAt, candidates: prng.int(100, 2000), incidents: prng.int(0, 1), complaints: prng.int(0, 2) }, heldAt);
  }

  // Legal education: exam sessions held or cancelled, contests, works and awards, the publicity log.
  const heads = () => prng.int(0, 200);
  for (let i = 0; i < Math.ceil(cases / 5); i++) {
    const emit = stream(uuidOf(prng));
    const scheduledAt = anyTime();
    const candidatesExpected = heads();
    const dims = { audience: prng.pick(EXAM_AUDIENCES), scheduledAt, candidatesExpected, cityUniversityCandidates: prng.int(0, candidatesExpected) };
    emit('legaleducation.exam.scheduled', dims, scheduledAt);
    const at = later(scheduledAt, prng, 20);
    if (prng.next() < 0.1) emit('legaleducation.exam.cancelled', { ...dims, cancelledAt: at }, at);
    else {
      const sat = prng.int(0, candidatesExpected);
      emit('legaleducation.exam.held', { ...dims, heldAt: at, sat, passed: prng.int(0, sat) }, at);
    }
  }
  for (let i = 0; i < 6; i++) {
    const emit = stream(uuidOf(prng));
    const kind = prng.pick(CONTEST_KINDS);
    const openedAt = anyTime();
    emit('legaleducation.contest.opened', { kind, openedAt }, openedAt);
    const closedAt = later(openedAt, prng, 10);
    if (prng.next() < 0.8) emit('legaleducation.contest.closed', { kind, openedAt, closedAt, participants: prng.int(0, 50_000) }, closedAt);
  }
  for (let i = 0; i < 8; i++) {
    const emit = stream(uuidOf(prng));
    const dims = { kind: prng.pick(WORK_KINDS), series: prng.pick(WORK_SERIES), releasedAt: anyTime() };
    emit('legaleducation.work.released', dims, dims.releasedAt);
    const awardedAt = later(dims.releasedAt, prng, 60);
    if (prng.next() < 0.6) emit('legaleducation.work.awarded', { ...dims, level: prng.pick(LEVELS), rank: prng.pick(AWARD_RANKS), awardedAt }, awardedAt);
  }
  for (let i = 0; i < cases; i++) {
    const heldAt = anyTime();
    stream(uuidOf(prng))('legaleducation.publicity-activity.recorded', { unit: `区级单位${prng.int(1, 12)}`, kind: prng.pick(ACTIVITY_KINDS), heldAt }, heldAt);
  }
  for (let i = 0; i < 20; i++) {
    const adoptedAt = anyTime();
    stream(uuidOf(prng))('legaleducation.media-item.adopted', { level: prng.pick(LEVELS), adoptedAt }, adoptedAt);
  }
  for (let i = 0; i < 3; i++) {
    const conductedAt = anyTime();
    const respondents = heads();
    stream(uuidOf(prng))('legaleducation.survey.recorded', { conductedAt, respondents, aware: prng.int(0, respondents), participated: prng.int(0, respondents), satisfied: prng.int(0, respondents) }, conductedAt);
  }
  for (let i = 0; i < 30; i++) {
    const assessedAt = anyTime();
    stream(uuidOf(prng))('legaleducation.village.assessed', { village: `示范村${prng.int(1, 20)}`, assessedAt, meetsStandard: prng.next() < 0.8 }, assessedAt);
  }

  // Interleaved as a topic carries them: each case's events in order, cases mixed.
  const out: CaseEvent[] = [];
  const cursors = streams.map(() => 0);
  let open = streams.length;
  while (open > 0) {
    const s = prng.int(0, streams.length - 1);
    if (cursors[s] >= streams[s].length) continue;
    out.push(streams[s][cursors[s]++]);
    if (cursors[s] === streams[s].length) open--;
  }
  return out;
}
