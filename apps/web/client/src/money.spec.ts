import { fenToYuan, MAX_FEN, yuanToFen } from './money';

describe('yuan typed in the pages', () => {
  it('converts to exact fen, where floating point would lose a fen', () => {
    expect(yuanToFen('1234.56')).toBe(123456);
    expect(parseFloat('0.29') * 100).not.toBe(29);
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('0.29')).toBe(29);
    expect(yuanToFen('12')).toBe(1200);
    expect(yuanToFen('0.5')).toBe(50);
    expect(yuanToFen(' 7.05 ')).toBe(705);
    expect(yuanToFen('10000000000')).toBe(MAX_FEN);
  });

  it('refuses what is not an amount of yuan with at most two decimals', () => {
    for (const bad of ['', '-1', '1.234', '1e3', '1,000', 'abc', '.5', '10000000000.01', '12.']) expect(yuanToFen(bad)).toBeUndefined();
  });

  it('shows fen as yuan with two decimals', () => {
    expect(fenToYuan(123456)).toBe('1,234.56');
    expect(fenToYuan(5)).toBe('0.05');
  });
});
