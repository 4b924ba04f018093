import { LegalAidEvent, MAX_FEN } from '@casetrack/contracts';
import { fenToYuan } from '../annual-report/money';
import { foldLegalAidBatch } from './legal-aid-batch';

const TZ = 'Asia/Shanghai';
const dims = {
  applicantGroups: ['migrant-worker'] as LegalAidEvent['payload']['applicantGroups'],
  caseType: 'civil' as const,
  matter: 'wage-arrears' as const,
  channel: 'walk-in' as const,
  greenChannel: false,
  appliedAt: '2019-03-01T09:00:00+08:00',
};
let n = 0;
const envelope = (district = '500106') => ({
  eventId: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  version: 1 as const,
  occurredAt: '2019-12-31T10:00:00+08:00',
  district,
  caseId: '00000000-0000-4000-8000-000000000000',
  sequence: 4,
  actorId: null,
});
const closed = (closedAt: string, benefitFen: number, payload: Partial<typeof dims> = {}): LegalAidEvent => ({
  ...envelope(),
  type: 'legalaid.case.closed',
  payload: { ...dims, ...payload, closedAt, result: 'won', benefitFen },
});
const accepted = (appliedAt: string, acceptedAt: string): LegalAidEvent => ({
  ...envelope(),
  type: 'legalaid.case.accepted',
  payload: { ...dims, appliedAt, acceptedAt },
});

describe('folding a batch of legal aid events', () => {
  it('sums thousands of closures to the exact fen, with no float anywhere', () => {
    let expected = 0n;
    const events: LegalAidEvent[] = [];
    for (let i = 0; i < 3000; i++) {
      const fen = (i * 7919 + 13) % 10_000_000 + (i % 3); // odd fen amounts, not whole yuan
      expected += BigInt(fen);
      events.push(closed(`2019-0${(i % 9) + 1}-15T10:00:00+08:00`, fen));
    }
    const batch = foldLegalAidBatch(events, TZ);
    const total = batch.totals.reduce((s, c) => s + c.delta.benefitFen, 0n);
    expect(total).toBe(expected);
    expect(fenToYuan(total)).toBe(`${expected / 100n}.${String(expected % 100n).padStart(2, '0')}`);
  });

  it('sums 10,000 closures at MAX_FEN in one cell past 2^53 exactly, without throwing', () => {
    const events = Array.from({ length: 10_000 }, () => closed('2019-05-01T10:00:00+08:00', MAX_FEN, { applicantGroups: ['minor', 'woman'] }));
    const batch = foldLegalAidBatch(events, TZ);
    expect(batch.totals.map((c) => [c.delta.closed, c.delta.benefitFen])).toEqual([[10_000, 10_000_000_000_000_000n]]);
    expect(batch.groups.map((g) => g.delta.benefitFen)).toEqual([10n ** 16n, 10n ** 16n]);
    expect(10n ** 16n > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it('adds a correction from 0 to MAX_FEN and back as exactly ±MAX_FEN', () => {
    const dims2 = { ...dims, closedAt: '2019-05-01T10:00:00+08:00' };
    const up: LegalAidEvent = { ...envelope(), type: 'legalaid.case.corrected', payload: { ...dims2, oldBenefitFen: 0, newBenefitFen: MAX_FEN } };
    const down: LegalAidEvent = { ...envelope(), type: 'legalaid.case.corrected', payload: { ...dims2, oldBenefitFen: MAX_FEN, newBenefitFen: 0 } };
    expect(foldLegalAidBatch([up], TZ).totals[0].delta.benefitFen).toBe(1_000_000_000_000n);
    expect(foldLegalAidBatch([down], TZ).totals[0].delta.benefitFen).toBe(-1_000_000_000_000n);
  });

  it('counts a case once in the totals and once in each of its applicant groups', () => {
    const batch = foldLegalAidBatch([closed('2019-05-01T10:00:00+08:00', 500, { applicantGroups: ['minor', 'woman'] })], TZ);
    expect(batch.totals).toHaveLength(1);
    expect(batch.totals[0].delta).toMatchObject({ closed: 1, benefitFen: 500n });
    expect(batch.groups.map((g) => [g.group, g.delta.closed, g.delta.benefitFen])).toEqual([['minor', 1, 500n], ['woman', 1, 500n]]);
  });

  it('counts a closure at 2019-12-31T16:00:00Z in 2020 and one at 15:59:59Z in 2019', () => {
    const batch = foldLegalAidBatch([closed('2019-12-31T16:00:00Z', 100), closed('2019-12-31T15:59:59Z', 1)], TZ);
    expect(batch.totals.map((c) => [c.year, c.month, c.delta.benefitFen])).toEqual([[2019, 12, 1n], [2020, 1, 100n]]);
  });

  it('puts each acceptance in the bucket of its calendar days from application, in the year of the acceptance', () => {
    const batch = foldLegalAidBatch(
      [
        accepted('2019-03-01T09:00:00+08:00', '2019-03-01T17:00:00+08:00'),
        accepted('2019-03-01T23:30:00+08:00', '2019-03-02T00:10:00+08:00'),
        accepted('2019-12-20T09:00:00+08:00', '2019-12-31T16:00:00Z'),
      ],
      TZ,
    );
    expect(batch.days.map((d) => [d.year, d.days, d.acceptances])).toEqual([[2019, 0, 1], [2019, 1, 1], [2020, 12, 1]]);
  });

  it('orders the rows of each table by key, numbers in numeric order', () => {
    const batch = foldLegalAidBatch([closed('2019-10-01T10:00:00+08:00', 1), closed('2019-02-01T10:00:00+08:00', 1), closed('2019-09-01T10:00:00+08:00', 1)], TZ);
    expect(batch.totals.map((c) => c.month)).toEqual([2, 9, 10]);
  });
});
