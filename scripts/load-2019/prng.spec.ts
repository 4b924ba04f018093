import { calendarDateIn } from '@casetrack/contracts';
import { differences } from './compare';
import { mediationLoader, planMediationYear } from './mediation.loader';
import { apportion, Prng, scaled } from './prng';

describe('apportion', () => {
  it.each([
    [8428, [8175, 253]],
    [421, [8175, 253]],
    [10, [1, 1, 1]],
    [7, [0.1, 0.2, 0.7]],
    [0, [3, 4]],
    [1, [1, 1, 1, 1]],
  ])('splits %p into parts that sum to it exactly (weights %p)', (total, weights) => {
    const parts = apportion(total, weights);
    expect(parts).toHaveLength(weights.length);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
    for (const p of parts) expect(Number.isInteger(p) && p >= 0).toBe(true);
  });

  it('keeps the published split when the total is the published one', () => {
    expect(apportion(8428, [8175, 253])).toEqual([8175, 253]);
  });

  it('gives each part its share, rounded by largest remainder', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [1, 3])).toEqual([25, 75]);
  });
});

describe('scaled', () => {
  it('keeps a figure at scale 1, rounds it at a fraction, and never scales a non-zero figure to 0', () => {
    expect(scaled(8428, 1)).toBe(8428);
    expect(scaled(8428, 0.05)).toBe(421);
    expect(scaled(3, 0.01)).toBe(1);
    expect(scaled(0, 0.5)).toBe(0);
  });
});

describe('Prng', () => {
  const draw = (seed: string) => {
    const p = new Prng(seed);
    return [p.next(), p.int(1, 6), p.pick(['a', 'b', 'c']), p.instantIn(2019), p.shuffle([1, 2, 3, 4, 5])];
  };

  it('gives the same sequence for the same seed', () => {
    expect(draw('mediation-2019-1')).toEqual(draw('mediation-2019-1'));
  });

  it('gives another sequence for another seed', () => {
    expect(draw('mediation-2019-1')).not.toEqual(draw('mediation-2019-0.05'));
  });

  it('stays within its bounds', () => {
    const p = new Prng('bounds');
    for (let i = 0; i < 2000; i++) {
      const x = p.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = p.int(3, 5);
      expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
    }
  });

  it('draws instants inside the year in Chongqing, written with +08:00', () => {
    const p = new Prng('instants');
    for (let i = 0; i < 500; i++) {
      const at = p.instantIn(2019);
      expect(at).toMatch(/^2019-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(calendarDateIn('Asia/Shanghai', at).year).toBe(2019);
    }
  });

  it('shuffles a copy, keeping every item', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = new Prng('shuffle').shuffle(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('the 2019 mediation year', () => {
  it('expects the figures of the seed at full scale: 8428 mediated, 8175 succeeded', () => {
    const expected = mediationLoader.expected(1);
    expect(expected).toMatchObject({ mediated: 8428, succeeded: 8175, failed: 253 });
  });

  it('expects the committees of the seed: 11 professional, 23 police-station, 1 tribunal, 1 petition, 1 court', () => {
    expect(mediationLoader.expected(1)).toMatchObject({
      'committeesByKind.professional': 11,
      'committeesByKind.police-station': 23,
      'committeesByKind.tribunal': 1,
      'committeesByKind.petition': 1,
      'committeesByKind.court': 1,
    });
  });

  it('keeps the same committees at any scale (only disputes are scaled)', () => {
    const full = mediationLoader.expected(1);
    const small = mediationLoader.expected(0.05);
    for (const key of Object.keys(full).filter((k) => k.startsWith('committeesByKind.'))) expect(small[key]).toBe(full[key]);
  });

  it('scales the year to about 5 % and keeps the success rate near 97 %', () => {
    const e = mediationLoader.expected(0.05);
    expect(e.mediated).toBe(421);
    expect((e.succeeded as number) / (e.mediated as number)).toBeCloseTo(0.97, 2);
    expect((e.succeeded as number) + (e.failed as number)).toBe(e.mediated);
  });

  it('plans the same year twice (the loader is deterministic), whatever the run id', () => {
    const a = planMediationYear(0.05, 'run-a');
    const b = planMediationYear(0.05, 'run-b');
    expect(a.disputes.map((d) => [d.category, d.receivedAt, d.outcome])).toEqual(b.disputes.map((d) => [d.category, d.receivedAt, d.outcome]));
    expect(a.committees.every((c) => c.code.startsWith('run-a.'))).toBe(true);
  });

  it('plans only valid requests: conclusions never before receipt, at least two parties, a field only for professional committees', () => {
    const { committees, disputes } = planMediationYear(0.05, 'x');
    for (const c of committees) expect(c.kind === 'professional').toBe(c.field !== undefined);
    for (const d of disputes) {
      expect(d.partyCount).toBeGreaterThanOrEqual(2);
      if (d.outcome) expect(Date.parse(d.outcome.at)).toBeGreaterThanOrEqual(Date.parse(d.receivedAt));
    }
  });

  it('finds no differences between a section and its own expected figures, and names each one that differs', () => {
    const expected = { mediated: 421, 'committeesByKind.professional': 11 };
    expect(differences({ mediated: 421, committeesByKind: { professional: 11 } }, expected)).toEqual([]);
    expect(differences({ mediated: 420, committeesByKind: {} }, expected)).toEqual([
      'mediated: expected 421, report shows 420',
      'committeesByKind.professional: expected 11, report shows undefined',
    ]);
  });
});
