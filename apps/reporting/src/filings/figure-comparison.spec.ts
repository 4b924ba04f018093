import { changedPaths, ChangeEvent, compareWithFiling } from './figure-comparison';

const rate = (numerator: number, denominator: number) => ({ value: numerator / denominator, display: '', numerator, denominator });
const corrected: ChangeEvent = { eventId: 'e-corr', type: 'mediation.dispute.corrected', caseId: 'c1', area: 'mediation', changes: { succeeded: -1, failed: 1 } };
const benefit: ChangeEvent = { eventId: 'e-benefit', type: 'legalaid.case.corrected', caseId: 'c2', area: 'legal-aid', changes: { benefitFen: -500 } };

describe('comparing a filing with the figures now', () => {
  const filed = {
    mediation: { mediated: 4, succeeded: 3, failed: 1, successRate: rate(3, 4), committeesByKind: { court: 1 } },
    legalAid: { closed: 1, benefitFen: 1000, benefitFenText: '1000', benefitYuan: '10.00' },
  };
  const now = {
    mediation: { mediated: 4, succeeded: 2, failed: 2, successRate: rate(2, 4), committeesByKind: { court: 1 } },
    legalAid: { closed: 1, benefitFen: 500, benefitFenText: '500', benefitYuan: '5.00' },
  };
  const compared = compareWithFiling(filed, now, [corrected, benefit]) as any;

  it('shows each figure as filed and now, and which changed', () => {
    expect(compared.mediation.succeeded).toEqual({ filed: 3, now: 2, changed: true, events: ['e-corr'] });
    expect(compared.mediation.successRate).toEqual({ filed: 0.75, now: 0.5, changed: true, events: ['e-corr'] });
    expect(compared.legalAid.benefitYuan).toEqual({ filed: '10.00', now: '5.00', changed: true, events: ['e-benefit'] });
    expect(changedPaths(compared)).toEqual([
      'mediation.succeeded', 'mediation.failed', 'mediation.successRate', 'legalAid.benefitFen', 'legalAid.benefitFenText', 'legalAid.benefitYuan',
    ]);
    expect(compared.legalAid.benefitFenText).toEqual({ filed: '1000', now: '500', changed: true, events: ['e-benefit'] });
  });

  it('compares an amount past 2^53 by its exact text, its number being null on that side', () => {
    const big = { legalAid: { benefitFen: null, benefitFenText: '9007199254740993', benefitYuan: '90071992547409.93' } };
    const c = compareWithFiling({ legalAid: { benefitFen: 1000, benefitYuan: '10.00' } }, big, [benefit]) as any;
    expect(c.legalAid.benefitFen).toEqual({ filed: 1000, now: null, changed: true, events: ['e-benefit'] });
    expect(c.legalAid.benefitFenText).toEqual({ filed: '1000', now: '9007199254740993', changed: true, events: ['e-benefit'] });
  });

  it('gives a filing made before amounts had their text the text of its number, so an unchanged amount stays unchanged', () => {
    const c = compareWithFiling({ legalAid: { benefitFen: 500, benefitYuan: '5.00' } }, { legalAid: now.legalAid }, []) as any;
    expect(changedPaths(c)).toEqual(['legalAid.closed']);
    expect(c.legalAid.benefitFenText).toEqual({ filed: '500', now: '500', changed: false, events: [] });
  });

  it('names an event under a figure it touched even when the figure came back to its filed value, and under no other', () => {
    expect(compared.mediation.mediated).toEqual({ filed: 4, now: 4, changed: false, events: ['e-corr'] });
    expect(compared.mediation.committeesByKind.court).toEqual({ filed: 1, now: 1, changed: false, events: [] });
    expect(compared.legalAid.closed.events).toEqual([]);
  });

  it('compares a figure missing on one side with null', () => {
    const c = compareWithFiling({ mediation: { successRate: null } }, { mediation: { successRate: rate(1, 1) } }, []) as any;
    expect(c.mediation.successRate).toEqual({ filed: null, now: 1, changed: true, events: [] });
  });
});
