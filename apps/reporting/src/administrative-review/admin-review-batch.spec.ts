import { AdminReviewEvent } from '@casetrack/contracts';
import { foldAdminReviewBatch } from './admin-review-batch';

const SH = 'Asia/Shanghai';
const REVIEW = '00000000-0000-4000-8000-00000000000a';
const LAWSUIT = '00000000-0000-4000-8000-00000000000b';
const dims = { channel: 'online', matter: 'penalty', respondentAgency: '区市场监管局', receivedAt: '2019-10-30T09:00:00+08:00' } as const;
const suit = { defendantAgency: '重庆市沙坪坝区人民政府', court: '重庆铁路运输法院', matter: 'licensing', filedAt: '2019-05-06T09:00:00+08:00' } as const;

const NO_LITIGATION = {
  filed: 0, hearings: 0, 'government-leader': 0, 'agency-head': 0, judged: 0,
  judgmentsSupervised: 0, supervisionsConcluded: 0, suggestionsReceived: 0, suggestionsSupervised: 0, suggestionsAnswered: 0,
};

let n = 0;
function event<E extends AdminReviewEvent>(type: E['type'], caseId: string, sequence: number, payload: E['payload']): AdminReviewEvent {
  n += 1;
  return {
    eventId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type, version: 1, occurredAt: '2020-01-01T00:00:00+08:00', district: '500106', caseId, sequence, actorId: null, payload,
  } as AdminReviewEvent;
}

describe('folding administrative review events', () => {
  it('counts a decision at 2019-12-31T16:00Z in January 2020, Shanghai time, and a late one twice', () => {
    const batch = foldAdminReviewBatch(
      [
        event('adminreview.review.concluded', REVIEW, 3, {
          ...dims, acceptedAt: '2019-11-01T09:00:00+08:00', dueAt: '2019-12-31T23:59:59.999+08:00', extended: false,
          decidedAt: '2019-12-31T16:00:00Z', decision: 'revoked', late: true,
        }),
      ],
      SH,
    );
    expect(batch.reviews).toHaveLength(1);
    expect(batch.reviews[0]).toMatchObject({ year: 2020, month: 1, decision: 'revoked', delta: { concluded: 1, decidedLate: 1, accepted: 0 } });
  });

  it('adds events of one cell together and keeps non-decision counters on the row without a decision', () => {
    const batch = foldAdminReviewBatch(
      [
        event('adminreview.review.received', REVIEW, 1, dims),
        event('adminreview.review.received', LAWSUIT, 1, dims),
        event('adminreview.review.accepted', REVIEW, 2, { ...dims, acceptedAt: '2019-10-31T09:00:00+08:00', dueAt: '2019-12-30T23:59:59.999+08:00' }),
      ],
      SH,
    );
    expect(batch.reviews).toEqual([
      expect.objectContaining({ year: 2019, month: 10, decision: '', delta: { received: 2, accepted: 1, rejected: 0, extended: 0, concluded: 0, decidedLate: 0 } }),
    ]);
  });

  it('keeps the deadline of the latest event of a review and its decision, whatever their order in the batch', () => {
    const extended = event('adminreview.review.extended', REVIEW, 3, {
      ...dims, acceptedAt: '2019-10-31T09:00:00+08:00', extendedAt: '2019-12-20T09:00:00+08:00', days: 30, dueAt: '2020-01-29T23:59:59.999+08:00',
    });
    const accepted = event('adminreview.review.accepted', REVIEW, 2, { ...dims, acceptedAt: '2019-10-31T09:00:00+08:00', dueAt: '2019-12-30T23:59:59.999+08:00' });
    const concluded = event('adminreview.review.concluded', REVIEW, 4, {
      ...dims, acceptedAt: '2019-10-31T09:00:00+08:00', dueAt: '2020-01-29T23:59:59.999+08:00', extended: true,
      decidedAt: '2020-01-10T09:00:00+08:00', decision: 'upheld', late: false,
    });
    for (const order of [[accepted, extended], [extended, accepted]]) {
      expect(foldAdminReviewBatch(order, SH).deadlines).toEqual([
        { reviewId: REVIEW, district: '500106', acceptedAt: '2019-10-31T09:00:00+08:00', dueAt: '2020-01-29T23:59:59.999+08:00', decidedAt: null, sequence: 3 },
      ]);
    }
    expect(foldAdminReviewBatch([concluded, accepted], SH).deadlines[0]).toMatchObject({ decidedAt: '2020-01-10T09:00:00+08:00', sequence: 4 });
  });

  it('counts a hearing with the head present as a hearing and an appearance of that role, and one without as a hearing only', () => {
    const batch = foldAdminReviewBatch(
      [
        event('adminreview.lawsuit.hearing-held', LAWSUIT, 2, {
          ...suit, hearingId: '00000000-0000-4000-8000-0000000000c1', heldAt: '2019-06-10T09:30:00+08:00', headAppeared: true, appearedRole: 'government-leader',
        }),
        event('adminreview.lawsuit.hearing-held', LAWSUIT, 3, {
          ...suit, hearingId: '00000000-0000-4000-8000-0000000000c2', heldAt: '2019-06-20T09:30:00+08:00', headAppeared: false, appearedRole: null,
        }),
      ],
      SH,
    );
    expect(batch.litigation).toEqual([
      expect.objectContaining({ year: 2019, month: 6, delta: { ...NO_LITIGATION, hearings: 2, 'government-leader': 1 } }),
    ]);
    expect(batch.deadlines).toEqual([]);
  });

  it('counts the follow-up of a lawsuit by each step\'s own time: a supervision started on 2019-12-31T16:00Z falls in 2020, Shanghai time', () => {
    const suggestion = { suggestionId: '00000000-0000-4000-8000-0000000000d1', suggestingCourt: '重庆铁路运输法院', receivedAt: '2019-07-01T09:00:00+08:00' };
    const batch = foldAdminReviewBatch(
      [
        event('adminreview.lawsuit.judicial-suggestion-received', LAWSUIT, 2, { ...suit, ...suggestion }),
        event('adminreview.lawsuit.judicial-suggestion-supervised', LAWSUIT, 3, { ...suit, ...suggestion, supervisedAt: '2019-07-05T09:00:00+08:00' }),
        event('adminreview.lawsuit.judicial-suggestion-answered', LAWSUIT, 4, {
          ...suit, ...suggestion, supervisedAt: '2019-07-05T09:00:00+08:00', answeredAt: '2019-07-20T09:00:00+08:00',
        }),
        event('adminreview.lawsuit.performance-supervision-started', LAWSUIT, 6, {
          ...suit, decidedAt: '2019-11-01T09:00:00+08:00', outcome: 'revoked', judgmentEffectiveAt: '2019-11-20T00:00:00+08:00', startedAt: '2019-12-31T16:00:00Z',
        }),
        event('adminreview.lawsuit.performance-supervision-concluded', LAWSUIT, 7, {
          ...suit, judgmentEffectiveAt: '2019-11-20T00:00:00+08:00', startedAt: '2019-12-31T16:00:00Z', concludedAt: '2020-02-01T09:00:00+08:00', result: 'performed',
        }),
      ],
      SH,
    );
    expect(batch.litigation.map((c) => [c.year, c.month, c.delta])).toEqual([
      [2019, 7, { ...NO_LITIGATION, suggestionsReceived: 1, suggestionsSupervised: 1, suggestionsAnswered: 1 }],
      [2020, 1, { ...NO_LITIGATION, judgmentsSupervised: 1 }],
      [2020, 2, { ...NO_LITIGATION, supervisionsConcluded: 1 }],
    ]);
  });

  it('sorts every list by its row key so that concurrent upserts lock rows in one order', () => {
    const batch = foldAdminReviewBatch(
      [
        event('adminreview.lawsuit.filed', LAWSUIT, 1, { ...suit, filedAt: '2019-12-01T09:00:00+08:00' }),
        event('adminreview.lawsuit.filed', LAWSUIT, 1, { ...suit, filedAt: '2019-02-01T09:00:00+08:00' }),
      ],
      SH,
    );
    expect(batch.litigation.map((c) => c.month)).toEqual([2, 12]);
  });
});
