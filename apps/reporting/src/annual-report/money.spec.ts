import { fenNumberOrNull, fenToWanYuan, fenToYuan, moneyFigures, toFen } from './money';

describe('fenToYuan', () => {
  it('shows 225750000 fen as 2257500.00 yuan', () => {
    expect(fenToYuan(225_750_000)).toBe('2257500.00');
  });

  it.each([
    [0, '0.00'],
    [1, '0.01'],
    [10, '0.10'],
    [199, '1.99'],
    [-5, '-0.05'],
    [-12345, '-123.45'],
  ])('shows %p fen as %p yuan', (fen, yuan) => {
    expect(fenToYuan(fen)).toBe(yuan);
  });

  it('is exact for a bigint or integer text above 2^53, where a number would lose the last digits', () => {
    expect(fenToYuan(2n ** 53n + 1n)).toBe('90071992547409.93');
    expect(fenToYuan('9007199254740993')).toBe('90071992547409.93');
    expect(fenToYuan(123_456_789_012_345_678_901n)).toBe('1234567890123456789.01');
    expect(fenToYuan('-123456789012345678901')).toBe('-1234567890123456789.01');
  });
});

describe('fenToWanYuan', () => {
  it('shows 225750000 fen as 225.75 万元', () => {
    expect(fenToWanYuan(225_750_000)).toBe('225.75');
  });

  it('rounds half up to the hundredth of 万元 (100 yuan)', () => {
    expect(fenToWanYuan(4_999)).toBe('0.00');
    expect(fenToWanYuan(5_000)).toBe('0.01');
    expect(fenToWanYuan(225_755_000)).toBe('225.76');
    expect(fenToWanYuan(0)).toBe('0.00');
  });

  it('is exact past 2^53 fen: 50 and 10,000 closures at 10^12 fen, and one fen more', () => {
    expect(fenToWanYuan(50n * 10n ** 12n)).toBe('50000000.00');
    expect(fenToWanYuan('10000000000000000')).toBe('10000000000.00');
    expect(fenToWanYuan('10000000000004999')).toBe('10000000000.00');
    expect(fenToWanYuan('10000000000005000')).toBe('10000000000.01');
  });

  it('rounds a negative amount away from zero and never shows -0.00', () => {
    expect(fenToWanYuan(-5_000)).toBe('-0.01');
    expect(fenToWanYuan(-4_999)).toBe('0.00');
  });
});

describe('toFen', () => {
  it('reads PostgreSQL integer text exactly', () => {
    expect(toFen('90071992547409930000')).toBe(90_071_992_547_409_930_000n);
    expect(toFen('-1')).toBe(-1n);
  });

  it.each([['a fraction', '1.5'], ['a float', 1.5], ['an unsafe number', 2 ** 53], ['empty text', ''], ['exponent text', '1e3']])('refuses %s', (_, value) => {
    expect(() => toFen(value as string | number)).toThrow(/fen/);
  });
});

describe('moneyFigures', () => {
  it('gives the number, its exact text and the yuan text while the number is exact', () => {
    expect(moneyFigures('benefit', '225750000')).toEqual({ benefitFen: 225_750_000, benefitFenText: '225750000', benefitYuan: '2257500.00' });
    expect(moneyFigures('benefit', BigInt(Number.MAX_SAFE_INTEGER))).toMatchObject({ benefitFen: Number.MAX_SAFE_INTEGER });
  });

  it('gives null for the number from 2^53 on, and the exact text and yuan always', () => {
    expect(moneyFigures('benefit', 2n ** 53n)).toEqual({ benefitFen: null, benefitFenText: '9007199254740992', benefitYuan: '90071992547409.92' });
    expect(fenNumberOrNull(-(2n ** 53n))).toBeNull();
  });

  it('serialises to JSON whatever the size, with no float', () => {
    const json = JSON.stringify(moneyFigures('benefit', 10n ** 30n + 7n));
    expect(json).toBe('{"benefitFen":null,"benefitFenText":"1000000000000000000000000000007","benefitYuan":"10000000000000000000000000000.07"}');
  });
});
