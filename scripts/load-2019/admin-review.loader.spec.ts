import { calendarDateIn, DEFAULT_TIME_ZONE } from '@casetrack/contracts';
import { answerSuggestion, receiveSuggestion, superviseSuggestion } from '../../apps/administrative-review/src/lawsuits/domain/judicial-suggestion';
import { fileLawsuit, judgeLawsuit, Lawsuit, recordHearing } from '../../apps/administrative-review/src/lawsuits/domain/lawsuit';
import { concludePerformanceSupervision, startPerformanceSupervision } from '../../apps/administrative-review/src/lawsuits/domain/performance-supervision';
import { acceptReview, decideReview, extendReview, receiveReview, rejectReview, Review } from '../../apps/administrative-review/src/reviews/domain/review';
import { adminReviewLoader, litigationLoader, LawsuitPlan, planLawsuits, planReviews, ReviewPlan } from './admin-review.loader';

const TZ = DEFAULT_TIME_ZONE;
const ID = '00000000-0000-4000-8000-000000000001';
const now = new Date('2020-01-10T00:00:00+08:00');
const year = (t: string) => calendarDateIn(TZ, t).year;

/** Runs a planned review through the service's own state machine, as the API will. */
function replayReview(p: ReviewPlan): Review {
  let r = receiveReview({ ...p.receive, id: ID, receivedAt: new Date(p.receive.receivedAt) }, now);
  if (p.reject) r = rejectReview(r, { rejectedAt: new Date(p.reject.rejectedAt), reason: p.reject.reason }, now);
  if (p.accept) r = acceptReview(r, { acceptedAt: new Date(p.accept.acceptedAt) }, TZ, now);
  if (p.extend) r = extendReview(r, { extendedAt: new Date(p.extend.extendedAt), days: p.extend.days }, TZ, now);
  if (p.decide) r = decideReview(r, { decidedAt: new Date(p.decide.decidedAt), decision: p.decide.decision }, now);
  return r;
}

function replayLawsuit(p: LawsuitPlan): Lawsuit {
  let l = fileLawsuit({ ...p.file, id: ID, filedAt: new Date(p.file.filedAt) }, now);
  if (p.hearing) l = recordHearing(l, { id: ID, ...p.hearing, heldAt: new Date(p.hearing.heldAt) }, now).lawsuit;
  if (p.judgment) l = judgeLawsuit(l, { decidedAt: new Date(p.judgment.decidedAt), outcome: p.judgment.outcome }, now);
  const start = p.performance?.start;
  if (start) l = startPerformanceSupervision(l, { judgmentEffectiveAt: new Date(start.judgmentEffectiveAt), startedAt: new Date(start.startedAt) }, now);
  const conclude = p.performance?.conclude;
  if (conclude) l = concludePerformanceSupervision(l, { concludedAt: new Date(conclude.concludedAt), result: conclude.result }, now);
  for (const s of p.suggestions ?? []) {
    let step = receiveSuggestion(l, { id: ID, court: s.receive.court, receivedAt: new Date(s.receive.receivedAt) }, now);
    if (s.supervise) step = superviseSuggestion(step.lawsuit, step.suggestion, new Date(s.supervise.supervisedAt), now);
    if (s.answer) step = answerSuggestion(step.lawsuit, step.suggestion, new Date(s.answer.answeredAt), now);
    l = step.lawsuit;
  }
  return l;
}

describe('the administrative review 2019 loader', () => {
  it('plans exactly the seed\'s 59 acceptances and 56 conclusions at scale 1', () => {
    expect(adminReviewLoader.expected(1)).toMatchObject({ accepted: 59, concluded: 56, decidedLate: 1, openPastDueAtYearEnd: 1 });
  });

  it('plans exactly the seed\'s 477 lawsuits and 64 appearances in 192 hearings, 2 by government leaders: 33.33%', () => {
    expect(litigationLoader.expected(1)).toMatchObject({
      filed: 477, hearings: 192, headAppearances: 64, 'byRole.government-leader': 2, 'byRole.agency-head': 62,
      'appearanceRate.display': '33.33%', 'appearanceRate.value': 0.3333,
    });
  });

  it('plans reviews the service accepts step by step, whose lateness and open deadlines match the expected figures', () => {
    for (const scale of [1, 0.1, 0.01]) {
      const reviews = planReviews(scale).map(replayReview);
      const expected = adminReviewLoader.expected(scale);
      const decided2019 = reviews.filter((r) => r.decidedAt && year(r.decidedAt.toISOString()) === 2019);
      expect(decided2019.filter((r) => r.late)).toHaveLength(expected.decidedLate as number);
      const yearEnd = new Date('2020-01-01T00:00:00+08:00');
      const openPastDue = reviews.filter((r) => r.dueAt && r.dueAt < yearEnd && (!r.decidedAt || r.decidedAt >= yearEnd));
      expect(openPastDue).toHaveLength(expected.openPastDueAtYearEnd as number);
    }
  });

  it('plans exactly the seed\'s 4 supervised performances of judgments and 17 supervised judicial suggestions at scale 1', () => {
    expect(litigationLoader.expected(1)).toMatchObject({ judgmentsSupervised: 4, suggestionsSupervised: 17, suggestionsReceived: 19 });
    const plans = planLawsuits(1);
    expect(plans.filter((p) => (p.suggestions ?? []).length === 2)).toHaveLength(1);
    expect(plans.filter((p) => p.performance).every((p) => p.judgment!.outcome !== 'withdrawn')).toBe(true);
  });

  it('keeps some of the follow-up at a small scale', () => {
    expect(litigationLoader.expected(0.1)).toMatchObject({ judgmentsSupervised: 1, suggestionsSupervised: 2, suggestionsReceived: 2 + 1 });
  });

  it('files lawsuits whose hearings, judgments and follow-up the service accepts, in 2019', () => {
    for (const scale of [1, 0.1]) {
      const plans = planLawsuits(scale);
      plans.forEach(replayLawsuit);
      expect(plans.every((p) => year(p.file.filedAt) === 2019 && (!p.hearing || year(p.hearing.heldAt) === 2019))).toBe(true);
    }
  });

  it('keeps every kind of review at scale 0.1: online filings, carried over from 2018, extended, refused, open, corrected', () => {
    const plans = planReviews(0.1);
    for (const fate of ['carried-over', 'decided', 'open', 'rejected']) expect(plans.some((p) => p.fate === fate)).toBe(true);
    expect(plans.some((p) => p.extend)).toBe(true);
    expect(planReviews(1).filter((p) => p.receive.channel === 'online').length).toBeGreaterThan(20);
    expect(adminReviewLoader.expected(1)).toMatchObject({ 'correctionRate.numerator': 10, 'correctionRate.denominator': 56, 'correctionRate.display': '17.86%' });
  });

  it('computes the appearance rate from the scaled figures at a small scale', () => {
    const e = litigationLoader.expected(0.1);
    expect(e).toMatchObject({ filed: 48, hearings: 19, headAppearances: 6, 'byRole.government-leader': 2, 'byRole.agency-head': 4 });
    expect(e['appearanceRate.display']).toBe('31.58%');
  });
});
