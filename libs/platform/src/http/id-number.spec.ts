import { idNumberCheckChar, idNumberProblem } from './id-number';

describe('PRC resident identity number', () => {
  it('accepts a number whose MOD 11-2 check character is X', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });

  it('accepts a final lower-case x as the check character X', () => {
    expect(idNumberProblem('11010519491231002x')).toBeNull();
  });

  it('accepts a number whose check character is a digit', () => {
    const first17 = '50010619900307123';
    const full = first17 + idNumberCheckChar(first17);
    expect(full).toMatch(/^\d{18}$/);
    expect(idNumberProblem(full)).toBeNull();
  });

  it('refuses a number with a wrong check digit', () => {
    expect(idNumberProblem('110105194912310021')).toBe('has a wrong check digit');
    expect(idNumberProblem('110105194912310020')).toBe('has a wrong check digit');
  });

  it('refuses a number of the wrong length', () => {
    expect(idNumberProblem('11010519491231002')).toBe('must be 18 characters long');
    expect(idNumberProblem('11010519491231002X0')).toBe('must be 18 characters long');
    expect(idNumberProblem('')).toBe('must be 18 characters long');
  });

  it('refuses letters other than a final X', () => {
    expect(idNumberProblem('1101051949123100XX')).toBe('must be 17 digits followed by a digit or X');
    expect(idNumberProblem('11010519491231002Y')).toBe('must be 17 digits followed by a digit or X');
  });

  it('refuses a birth date that does not exist', () => {
    const first17 = '50010619900230123'; // 30 February
    expect(idNumberProblem(first17 + idNumberCheckChar(first17))).toBe('must contain a real birth date (characters 7–14, YYYYMMDD)');
  });

  it('never quotes the number in its problem', () => {
    for (const bad of ['110105194912310021', '1101051949123100', '11010519491331002X'])
      expect(idNumberProblem(bad) ?? '').not.toContain(bad.slice(6, 14));
  });
});
