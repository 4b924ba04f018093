import { Schema, str } from './schema';
import { textLength, textProblem } from './text';

const ASTRAL = '\u{20000}'; // 𠀀, two UTF-16 units

function problems(schema: Schema<unknown>, value: unknown): string[] {
  const errors: string[] = [];
  schema.validate(value, 'x', errors);
  return errors;
}

describe('text length', () => {
  it.each([
    ['an empty string', '', 0],
    ['ASCII', 'abc', 3],
    ['CJK of the basic plane', '沙坪坝区', 4],
    ['an astral CJK character as one', ASTRAL, 1],
    ['150 astral characters as 150, not 300', ASTRAL.repeat(150), 150],
    ['an emoji as one', '😀', 1],
    ['a letter with a combining accent as two code points', 'e\u0301', 2],
    ['a flag (two regional indicators) as two', '🇨🇳', 2],
    ['a lone surrogate as one', '\ud800', 1],
  ])('counts %s', (_, value, expected) => {
    expect(textLength(value)).toBe(expected);
  });
});

describe('text rules', () => {
  it('accepts max astral characters and refuses one more', () => {
    expect(textProblem(ASTRAL.repeat(200), { max: 200 })).toBeNull();
    expect(textProblem(ASTRAL.repeat(201), { max: 200 })).toBe('must be 1–200 characters long');
  });

  it.each([
    ['empty', ''],
    ['a space', ' '],
    ['tabs and line feeds', '\t\n'],
    ['ideographic spaces', '\u3000\u3000'],
    ['a zero-width space', '\u200b'],
    ['a non-breaking space', '\u00a0'],
  ])('calls %s blank', (_, value) => {
    expect(textProblem(value, { multiline: true })).toBe('must not be blank');
  });

  it.each([
    ['NUL', 'a\u0000b'],
    ['a bell', 'a\u0007b'],
    ['DEL', 'a\u007fb'],
    ['a C1 control (NEL)', 'a\u0085b'],
    ['a line feed', 'a\nb'],
    ['a tab', 'a\tb'],
  ])('refuses %s in one-line text', (_, value) => {
    expect(textProblem(value)).toBe('must be one line without control characters');
  });

  it('allows line breaks and tabs in free text, but no other control character', () => {
    expect(textProblem('第一行\r\n第二行\t完', { multiline: true })).toBeNull();
    expect(textProblem('a\u0007b', { multiline: true })).toBe('must not contain control characters (line breaks and tabs are fine)');
  });

  it('refuses a lone surrogate', () => {
    expect(textProblem('a\udc00b')).toBe('must be well-formed Unicode (no lone surrogate)');
  });

  it('refuses what is not a string', () => {
    expect(textProblem(42)).toBe('must be a string');
    expect(textProblem(null)).toBe('must be a string');
  });
});

describe('the contract str()', () => {
  it('counts code points, so 150 astral characters fit a 200 limit', () => {
    expect(problems(str({ max: 200 }), ASTRAL.repeat(150))).toEqual([]);
    expect(problems(str({ max: 200 }), ASTRAL.repeat(200))).toEqual([]);
    expect(problems(str({ max: 200 }), ASTRAL.repeat(201))).toEqual(['x must be 1–200 characters long']);
  });

  it('refuses blank text and control characters, naming the path', () => {
    expect(problems(str(), ' ')).toEqual(['x must not be blank']);
    expect(problems(str(), '区\u0001局')).toEqual(['x must be one line without control characters']);
    expect(problems(str(), 7)).toEqual(['x must be a string, got number']);
  });
});
