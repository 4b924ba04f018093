import { rate } from './rate';

describe('rate', () => {
  it('gives the 2019 mediation success rate as 0.97 and 97.0%, with its parts', () => {
    expect(rate(8175, 8428)).toEqual({ value: 0.97, display: '97.0%', numerator: 8175, denominator: 8428 });
  });

  it('gives the 2019 appearance rate as 0.3333 and 33.33%', () => {
    expect(rate(64, 192)).toEqual({ value: 0.3333, display: '33.33%', numerator: 64, denominator: 192 });
  });

  it.each([0, 5, 8175])('has no rate when the denominator is zero (%p / 0 → null)', (numerator) => {
    expect(rate(numerator, 0)).toBeNull();
  });

  it('rounds half up to four decimals: 1/32 = 0.03125 → 0.0313', () => {
    expect(rate(1, 32)).toMatchObject({ value: 0.0313, display: '3.13%' });
  });

  it('rounds half up where floating point would round down: 57/800 = 0.07125 → 0.0713', () => {
    // 57 / 800 × 10000 is 712.4999999999999 in floating point; Math.round would give 0.0712.
    expect(rate(57, 800)).toMatchObject({ value: 0.0713, display: '7.13%' });
  });

  it('rounds just below a half down: 1/20001 → 0', () => {
    expect(rate(1, 20001)).toMatchObject({ value: 0, display: '0.0%' });
    expect(rate(1, 20000)).toMatchObject({ value: 0.0001, display: '0.01%' });
  });

  it.each([
    [1, 1, 1, '100.0%'],
    [0, 7, 0, '0.0%'],
    [1, 8, 0.125, '12.5%'],
    [2, 3, 0.6667, '66.67%'],
    [1941, 2000, 0.9705, '97.05%'],
    [39, 40, 0.975, '97.5%'],
  ])('shows %p/%p as %p and %p', (n, d, value, display) => {
    expect(rate(n, d)).toMatchObject({ value, display });
  });

  it('stays exact for counts far beyond a district (9 million disputes a year nationally)', () => {
    expect(rate(8_730_001, 9_000_000)).toMatchObject({ value: 0.97, display: '97.0%' });
  });
});
