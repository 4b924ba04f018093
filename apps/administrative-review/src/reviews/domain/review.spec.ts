import { formatInZone } from '@casetrack/platform';
import { acceptReview, decideReview, extendReview, receiveReview, rejectReview, Review, timeliness } from './review';

const SH = 'Asia/Shanghai';
const at = (iso: string) => new Date(iso);
const now = at('2019-11-05T12:00:00+08:00');

function received(receivedAt = '2019-11-01T09:00:00+08:00'): Review {
  return receiveReview(
    { id: '00000000-0000-4000-8000-000000000001', channel: 'online', respondentAgency: '区市场监管局', matter: 'penalty', receivedAt: at(receivedAt) },
    now,
  );
}
const accepted = (acceptedAt = '2019-11-05T10:00:00+08:00') => acceptReview(received(), { acceptedAt: at(acceptedAt) }, SH, now);

describe('review state machine', () => {
  it('starts received with sequence 1 and no deadline', () => {
    const r = received();
    expect(r).toMatchObject({ status: 'received', sequence: 1, dueAt: null, late: false });
  });

  it('sets the deadline on acceptance and counts the event in the sequence', () => {
    const r = accepted();
    expect(r.status).toBe('accepted');
    expect(r.sequence).toBe(2);
    expect(formatInZone(r.dueAt!, SH)).toBe('2020-01-04T23:59:59.999+08:00');
  });

  it('refuses an acceptance dated before the application was received, naming acceptedAt', () => {
    expect(() => acceptReview(received(), { acceptedAt: at('2019-10-31T09:00:00+08:00') }, SH, now)).toThrow(
      expect.objectContaining({ kind: 'invalid', details: { field: 'acceptedAt' } }),
    );
  });

  it('refuses to accept a rejected application, naming its status', () => {
    const r = rejectReview(received(), { rejectedAt: at('2019-11-02T09:00:00+08:00'), reason: '超过申请期限' }, now);
    expect(r.status).toBe('rejected');
    expect(() => acceptReview(r, { acceptedAt: at('2019-11-05T10:00:00+08:00') }, SH, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'REVIEW.INVALID_TRANSITION', message: 'cannot accept a review whose status is rejected' }),
    );
  });

  it('refuses to decide a review that was only received', () => {
    expect(() => decideReview(received(), { decidedAt: at('2019-12-01T10:00:00+08:00'), decision: 'upheld' }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', details: { status: 'received' } }),
    );
  });

  it('extends once by up to 30 days and refuses a second extension with 409 naming status extended', () => {
    const r = extendReview(accepted(), { extendedAt: at('2019-12-20T10:00:00+08:00'), days: 30 }, SH, now);
    expect(r).toMatchObject({ status: 'extended', extensionDays: 30, sequence: 3 });
    expect(formatInZone(r.dueAt!, SH)).toBe('2020-02-03T23:59:59.999+08:00');
    expect(() => extendReview(r, { extendedAt: at('2019-12-21T10:00:00+08:00'), days: 5 }, SH, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', message: 'cannot extend a review whose status is extended' }),
    );
  });

  it('refuses an extension granted after the deadline has passed, naming extendedAt', () => {
    expect(() => extendReview(accepted(), { extendedAt: at('2020-01-05T00:00:00+08:00'), days: 10 }, SH, now)).toThrow(
      expect.objectContaining({ kind: 'invalid', details: { field: 'extendedAt' } }),
    );
  });

  it('refuses an extension of more than 30 days, naming days', () => {
    expect(() => extendReview(accepted(), { extendedAt: at('2019-12-20T10:00:00+08:00'), days: 31 }, SH, now)).toThrow(
      expect.objectContaining({ details: { field: 'days' } }),
    );
  });

  it('records a decision at the last millisecond of the deadline as on time', () => {
    const r = decideReview(accepted(), { decidedAt: at('2020-01-04T23:59:59.999+08:00'), decision: 'revoked' }, now);
    expect(r).toMatchObject({ status: 'concluded', decision: 'revoked', late: false });
  });

  it('accepts a decision after the deadline and records it as late', () => {
    const r = decideReview(accepted(), { decidedAt: at('2020-01-05T00:00:00+08:00'), decision: 'upheld' }, now);
    expect(r).toMatchObject({ status: 'concluded', late: true });
  });

  it('judges lateness against the extended deadline', () => {
    const extended = extendReview(accepted(), { extendedAt: at('2019-12-20T10:00:00+08:00'), days: 30 }, SH, now);
    expect(decideReview(extended, { decidedAt: at('2020-02-03T18:00:00+08:00'), decision: 'settled' }, now).late).toBe(false);
    expect(decideReview(extended, { decidedAt: at('2020-02-04T08:00:00+08:00'), decision: 'settled' }, now).late).toBe(true);
  });
});

describe('review timeliness', () => {
  it('calls an open review due soon ten days before its deadline and overdue once it has passed', () => {
    const r = accepted();
    expect(timeliness(r, at('2019-12-20T12:00:00+08:00'))).toEqual({ dueSoon: false, overdue: false });
    expect(timeliness(r, at('2019-12-28T12:00:00+08:00'))).toEqual({ dueSoon: true, overdue: false });
    expect(timeliness(r, at('2020-01-05T00:00:00+08:00'))).toEqual({ dueSoon: false, overdue: true });
  });

  it('never calls a decided review due soon or overdue', () => {
    const r = decideReview(accepted(), { decidedAt: at('2020-01-10T10:00:00+08:00'), decision: 'upheld' }, now);
    expect(timeliness(r, at('2020-01-04T12:00:00+08:00'))).toEqual({ dueSoon: false, overdue: false });
    expect(timeliness(r, at('2020-03-01T12:00:00+08:00'))).toEqual({ dueSoon: false, overdue: false });
  });
});
