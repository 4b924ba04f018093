import { calendarDateIn, DEFAULT_TIME_ZONE, LEGAL_AID_RESULTS } from '@casetrack/contracts';
import { idNumberProblem } from '@casetrack/platform';
import { legalAidLoader, planLegalAidYear } from './legal-aid.loader';

const year = (t: string) => calendarDateIn(DEFAULT_TIME_ZONE, t).year;

describe('the legal aid 2019 loader', () => {
  it('plans exactly the seed\'s 578 acceptances and 2,257,500.00 yuan at scale 1', () => {
    const expected = legalAidLoader.expected(1);
    expect(expected).toMatchObject({ accepted: 578, benefitFen: 225_750_000, benefitYuan: '2257500.00' });
    expect(expected.applied as number).toBeGreaterThan(578);
    expect(expected.rejected as number).toBeGreaterThan(0);
  });

  it('splits the benefit over the 2019 closures so that it sums to the target exactly, in whole fen', () => {
    for (const scale of [1, 0.05, 0.013]) {
      const closures = planLegalAidYear(scale).filter((p) => p.close && year(p.close.closedAt) === 2019);
      expect(closures.every((p) => Number.isSafeInteger(p.close!.benefitFen) && p.close!.benefitFen >= 0)).toBe(true);
      const sum = closures.reduce((s, p) => s + BigInt(p.close!.benefitFen), 0n);
      expect(sum).toBe(BigInt(legalAidLoader.expected(scale).benefitFen as number));
    }
  });

  it('keeps every kind of case at scale 0.05: closed, open, unassigned, refused, undecided, green channel, cross-year, two groups', () => {
    const plans = planLegalAidYear(0.05);
    for (const fate of ['closed', 'open', 'unassigned', 'rejected', 'undecided']) expect(plans.some((p) => p.fate === fate)).toBe(true);
    expect(plans.some((p) => p.apply.greenChannel)).toBe(true);
    expect(plans.some((p) => year(p.apply.appliedAt) === 2018 && p.accept && year(p.accept.acceptedAt) === 2019)).toBe(true);
    expect(plans.some((p) => p.apply.applicantGroups.length === 2)).toBe(true);
    expect(plans.some((p) => p.apply.applicantGroups.includes('migrant-worker'))).toBe(true);
    expect(plans.some((p) => p.apply.applicantGroups.includes('minor'))).toBe(true);
  });

  it('stresses migrant workers and minors, as the seed does', () => {
    const plans = planLegalAidYear(1);
    const share = (g: string) => plans.filter((p) => p.apply.applicantGroups.includes(g as never)).length / plans.length;
    expect(share('migrant-worker')).toBeGreaterThan(0.25);
    expect(share('minor')).toBeGreaterThan(0.12);
  });

  it('plans only requests the service accepts: valid ID numbers, results from the contract, times in order', () => {
    for (const p of planLegalAidYear(1)) {
      if (p.apply.applicantIdNumber) expect(idNumberProblem(p.apply.applicantIdNumber)).toBeNull();
      const times = [p.apply.appliedAt, p.accept?.acceptedAt ?? p.reject?.rejectedAt, p.assign?.assignedAt, p.close?.closedAt].filter((t): t is string => !!t);
      expect(times.map(Date.parse)).toEqual([...times.map(Date.parse)].sort((a, b) => a - b));
      expect(times.slice(1).every((t) => year(t) === 2019)).toBe(true);
      if (p.close) expect(LEGAL_AID_RESULTS).toContain(p.close.result);
    }
  });

  it('plans the same year every time', () => {
    expect(planLegalAidYear(0.05)).toEqual(planLegalAidYear(0.05));
  });
});
