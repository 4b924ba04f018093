import { compareFigures, formatResult } from './reconcile';

const rate = { value: 0.97, display: '97.0%', numerator: 97, denominator: 100 };

describe('comparing the report with the recomputed figures', () => {
  it('finds no difference when every figure is equal, rates and breakdowns included', () => {
    const section = { mediated: 100, successRate: rate, committeesByKind: { court: 1 } };
    expect(compareFigures({ year: 2019, mediation: section }, { year: 2019, mediation: structuredClone(section) })).toEqual({ figures: 7, differences: [] });
  });

  it('names the figure, the report value and the recomputed value of each difference', () => {
    const { differences } = compareFigures({ legalAid: { benefitFen: 225750001 } }, { legalAid: { benefitFen: 225750000 } });
    expect(differences).toEqual([{ figure: 'legalAid.benefitFen', report: 225750001, recomputed: 225750000 }]);
  });

  it('counts a figure only the report shows as not recomputed, and one only the tables give as absent', () => {
    const { differences } = compareFigures({ mediation: { registered: 3, newFigure: 1 } }, { mediation: { registered: 3 }, fileReview: { campaigns: 0 } });
    expect(differences).toEqual([
      { figure: 'mediation.newFigure', report: 1, recomputed: '(not recomputed)' },
      { figure: 'fileReview.campaigns', report: '(absent)', recomputed: 0 },
    ]);
  });

  it('tells a null rate from a rate, and a string from a number', () => {
    const { differences } = compareFigures({ a: { successRate: null }, b: '1' }, { a: { successRate: rate }, b: 1 });
    expect(differences.map((d) => d.figure)).toEqual(['a.successRate', 'b', 'a.successRate.value', 'a.successRate.display', 'a.successRate.numerator', 'a.successRate.denominator']);
  });

  it('skips the state of the projection (asOf, consumer lag), which is no figure', () => {
    const report = { asOf: '2020-01-01T00:00:00.000Z', consumerLag: { 'casetrack.mediation': 5 }, mediation: { mediated: 1 } };
    expect(compareFigures(report, { mediation: { mediated: 1 } })).toEqual({ figures: 1, differences: [] });
  });

  it('prints "0 differences" when there are none, and one line per difference otherwise', () => {
    expect(formatResult({ year: 2019, district: '500106', figures: 86, differences: [] })).toBe('0 differences (86 figures of 2019, district 500106)');
    const text = formatResult({ year: 2019, district: '500106', figures: 86, differences: [{ figure: 'mediation.mediated', report: 2, recomputed: 1 }] });
    expect(text.split('\n')).toEqual([expect.stringMatching(/^ {2}mediation\.mediated +report 2 +recomputed 1$/), '1 difference (86 figures of 2019, district 500106)']);
  });
});
