import { MAX_FEN } from '@casetrack/contracts';
import { DomainError } from '@casetrack/platform';
import { caseCorrected } from './case-events';
import { acceptCase, applyForAid, assignCase, closeCase, correctBenefit, LegalAidCase } from './legal-aid-case';

const now = new Date('2020-02-01T00:00:00Z');
const at = (iso: string) => new Date(iso);

const applied = () => applyForAid({ id: 'c1', applicantGroups: ['migrant-worker'], caseType: 'civil', matter: 'wage-arrears', channel: 'walk-in', appliedAt: at('2019-03-01T09:00:00+08:00') }, now);
const assigned = () => assignCase(acceptCase(applied(), { acceptedAt: at('2019-03-02T09:00:00+08:00') }, now), { assignedAt: at('2019-03-03T09:00:00+08:00'), lawFirm: '重庆某律师事务所' }, now);
const closed = (benefitFen = 100_000): LegalAidCase => closeCase(assigned(), { closedAt: at('2019-05-01T10:00:00+08:00'), result: 'won', benefitFen }, now);

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a domain error');
}

describe('correcting a legal aid benefit', () => {
  it('changes only the benefit of a closed case and steps the sequence', () => {
    const before = closed();
    expect(correctBenefit(before, { benefitFen: 75_050 }, now)).toEqual({ ...before, benefitFen: 75_050, sequence: before.sequence + 1, updatedAt: now });
  });

  it('is a conflict naming the status for a case that is not closed', () => {
    const err = errorOf(() => correctBenefit(assigned(), { benefitFen: 1 }, now));
    expect([err.kind, err.code, err.message]).toEqual(['conflict', 'CASE.INVALID_TRANSITION', 'cannot correct a case whose status is assigned']);
  });

  it('is a conflict when the benefit is already the one given, and invalid for a negative or fractional amount', () => {
    expect(errorOf(() => correctBenefit(closed(500), { benefitFen: 500 }, now))).toMatchObject({ kind: 'conflict', code: 'CASE.CORRECTION_CHANGES_NOTHING', details: { status: 'closed' } });
    expect(errorOf(() => correctBenefit(closed(), { benefitFen: -1 }, now))).toMatchObject({ kind: 'invalid', code: 'CASE.INVALID_BENEFIT' });
    expect(errorOf(() => correctBenefit(closed(), { benefitFen: 0.5 }, now))).toMatchObject({ kind: 'invalid', code: 'CASE.INVALID_BENEFIT' });
  });

  it('corrects to MAX_FEN and refuses one fen more', () => {
    expect(correctBenefit(closed(), { benefitFen: MAX_FEN }, now).benefitFen).toBe(MAX_FEN);
    expect(errorOf(() => correctBenefit(closed(), { benefitFen: MAX_FEN + 1 }, now))).toMatchObject({ kind: 'invalid', code: 'CASE.INVALID_BENEFIT', details: { field: 'benefitFen' } });
  });

  it('publishes the old and new benefit with the closing time, and neither the reason nor personal data', () => {
    const before = closed();
    const event = caseCorrected(correctBenefit(before, { benefitFen: 0 }, now), { eventId: 'e', occurredAt: now, district: '500106', timeZone: 'Asia/Shanghai', actorId: null }, before);
    expect(event).toMatchObject({ type: 'legalaid.case.corrected', sequence: 5, payload: { closedAt: '2019-05-01T10:00:00+08:00', oldBenefitFen: 100_000, newBenefitFen: 0 } });
    expect(Object.keys(event.payload).sort()).toEqual(['applicantGroups', 'appliedAt', 'caseType', 'channel', 'closedAt', 'greenChannel', 'matter', 'newBenefitFen', 'oldBenefitFen']);
  });
});
