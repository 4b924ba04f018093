import { MAX_FEN } from '@casetrack/contracts';
import { DomainError } from '@casetrack/platform';
import { acceptCase, applyForAid, assignCase, closeCase, LegalAidCase, rejectCase } from './legal-aid-case';

const now = new Date('2019-06-01T00:00:00Z');
const at = (iso: string) => new Date(iso);

function applied(overrides: Partial<Parameters<typeof applyForAid>[0]> = {}): LegalAidCase {
  return applyForAid(
    { id: 'c1', applicantGroups: ['migrant-worker'], caseType: 'civil', matter: 'wage-arrears', channel: 'walk-in', appliedAt: at('2019-03-01T09:00:00+08:00'), ...overrides },
    now,
  );
}
const accepted = () => acceptCase(applied(), { acceptedAt: at('2019-03-02T09:00:00+08:00') }, now);
const assigned = () => assignCase(accepted(), { assignedAt: at('2019-03-03T09:00:00+08:00'), lawFirm: '重庆某律师事务所' }, now);

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a domain error');
}

describe('legal aid case state machine', () => {
  it('starts applied with sequence 1 and each applicant group once', () => {
    const c = applied({ applicantGroups: ['minor', 'woman', 'minor'] });
    expect(c).toMatchObject({ status: 'applied', sequence: 1, greenChannel: false, applicantGroups: ['minor', 'woman'] });
  });

  it('walks applied → accepted → assigned → closed, one sequence step per change', () => {
    const closed = closeCase(assigned(), { closedAt: at('2019-05-01T10:00:00+08:00'), result: 'won', benefitFen: 1234567 }, now);
    expect(closed).toMatchObject({ status: 'closed', sequence: 4, result: 'won', benefitFen: 1234567, lawFirm: '重庆某律师事务所', lawyer: null });
  });

  it('accepts a case on the very instant of its application', () => {
    const c = applied({ greenChannel: true });
    expect(acceptCase(c, { acceptedAt: c.appliedAt }, now)).toMatchObject({ status: 'accepted', acceptedAt: c.appliedAt });
  });

  it('accepts a case that is not on the green channel on the day of its application too', () => {
    expect(acceptCase(applied(), { acceptedAt: at('2019-03-01T16:00:00+08:00') }, now).status).toBe('accepted');
  });

  it('rejects an application with its reason, final', () => {
    const r = rejectCase(applied(), { rejectedAt: at('2019-03-05T09:00:00+08:00'), reason: 'means-test' }, now);
    expect(r).toMatchObject({ status: 'rejected', rejectionReason: 'means-test', sequence: 2 });
    expect(errorOf(() => acceptCase(r, { acceptedAt: at('2019-03-06T09:00:00+08:00') }, now))).toMatchObject({ kind: 'conflict', details: { status: 'rejected' } });
  });

  it('refuses to close an accepted case that no law firm has, naming its status', () => {
    const e = errorOf(() => closeCase(accepted(), { closedAt: at('2019-05-01T10:00:00+08:00'), result: 'won', benefitFen: 0 }, now));
    expect(e).toMatchObject({ kind: 'conflict', code: 'CASE.INVALID_TRANSITION', details: { status: 'accepted' } });
    expect(e.message).toContain('accepted');
  });

  it('refuses to close, assign or accept out of order', () => {
    expect(errorOf(() => closeCase(applied(), { closedAt: now, result: 'lost', benefitFen: 0 }, now)).details).toEqual({ status: 'applied' });
    expect(errorOf(() => assignCase(applied(), { assignedAt: now, lawFirm: 'x' }, now)).details).toEqual({ status: 'applied' });
    expect(errorOf(() => acceptCase(accepted(), { acceptedAt: now }, now)).details).toEqual({ status: 'accepted' });
    expect(errorOf(() => rejectCase(assigned(), { rejectedAt: now, reason: 'other' }, now)).details).toEqual({ status: 'assigned' });
  });

  it('refuses a closed case any further change', () => {
    const closed = closeCase(assigned(), { closedAt: at('2019-05-01T10:00:00+08:00'), result: 'lost', benefitFen: 0 }, now);
    expect(errorOf(() => closeCase(closed, { closedAt: at('2019-05-02T10:00:00+08:00'), result: 'won', benefitFen: 1 }, now)).details).toEqual({ status: 'closed' });
  });

  it('refuses an acceptance or a rejection before the application, naming the field', () => {
    expect(errorOf(() => acceptCase(applied(), { acceptedAt: at('2019-03-01T08:59:59+08:00') }, now))).toMatchObject({ kind: 'invalid', details: { field: 'acceptedAt' } });
    expect(errorOf(() => rejectCase(applied(), { rejectedAt: at('2019-02-28T09:00:00+08:00'), reason: 'no-merit' }, now))).toMatchObject({ kind: 'invalid', details: { field: 'rejectedAt' } });
  });

  it('refuses an assignment before the acceptance and a closure before the assignment', () => {
    expect(errorOf(() => assignCase(accepted(), { assignedAt: at('2019-03-01T10:00:00+08:00'), lawFirm: 'x' }, now)).details).toEqual({ field: 'assignedAt' });
    expect(errorOf(() => closeCase(assigned(), { closedAt: at('2019-03-02T10:00:00+08:00'), result: 'won', benefitFen: 1 }, now)).details).toEqual({ field: 'closedAt' });
  });

  it('refuses a benefit that is not a whole number of fen from 0 to MAX_FEN (10^12 fen)', () => {
    for (const benefitFen of [-1, 1.5, MAX_FEN + 1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1])
      expect(errorOf(() => closeCase(assigned(), { closedAt: at('2019-05-01T10:00:00+08:00'), result: 'won', benefitFen }, now)).details).toEqual({ field: 'benefitFen' });
  });

  it('closes a case at MAX_FEN, the largest benefit a field accepts', () => {
    expect(closeCase(assigned(), { closedAt: at('2019-05-01T10:00:00+08:00'), result: 'won', benefitFen: MAX_FEN }, now).benefitFen).toBe(1_000_000_000_000);
  });
});
