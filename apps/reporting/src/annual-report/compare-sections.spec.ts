import { compareSections } from './annual-report.service';

describe('comparing a year with another (compareTo)', () => {
  it('gives numbers their change, an amount past 2^53 its exact change as text, and no change beside a null', () => {
    const now = { legalAid: { closed: 10_000, benefitFen: null, benefitFenText: '10000000000000000', benefitYuan: '100000000000000.00', medianDaysToAcceptance: null } };
    const before = { legalAid: { closed: 1, benefitFen: 1, benefitFenText: '1', benefitYuan: '0.01', medianDaysToAcceptance: 3 } };
    expect(compareSections(now, before)).toEqual({
      legalAid: {
        closed: { value: 10_000, other: 1, change: 9_999 },
        benefitFen: { value: null, other: 1, change: null },
        benefitFenText: { value: '10000000000000000', other: '1', change: '9999999999999999' },
        medianDaysToAcceptance: { value: null, other: 3, change: null },
      },
    });
  });

  it('compares a figure absent in the other year with zero', () => {
    expect(compareSections({ legalAid: { closed: 2, benefitFenText: '5' } }, {})).toEqual({
      legalAid: { closed: { value: 2, other: 0, change: 2 }, benefitFenText: { value: '5', other: '0', change: '5' } },
    });
  });
});
