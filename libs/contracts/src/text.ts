/**
 * The one definition of text casetrack accepts, shared by the HTTP validators (libs/platform) and
 * the event contracts (`str()`), so a value the HTTP layer accepts is always valid in its event.
 *
 * Length is counted in Unicode code points — what a clerk sees as characters, and what
 * PostgreSQL's `varchar(n)` and `char_length` count — not in UTF-16 units (`String.length`), which
 * count an astral character such as 𠀀 (U+20000) twice. A combining mark is a code point of its own
 * (e + U+0301 is 2), as in PostgreSQL.
 */

/** The number of Unicode code points in `value` (a lone surrogate counts as one). */
export function textLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

export interface TextRules {
  /** Fewest code points (default 1). */
  min?: number;
  /** Most code points (default 200). */
  max?: number;
  /** Free text (a note, a reason): line feeds, carriage returns and tabs are allowed. */
  multiline?: boolean;
}

// C0, DEL and C1 control characters: invisible, they make two values look equal while they
// compare unequal, and NUL cannot be stored in PostgreSQL text at all.
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINE_BREAKS_AND_TABS = /(?![\t\n\r])\p{Cc}/u;
// A lone UTF-16 surrogate is stored by PostgreSQL as U+FFFD, so two different values would collide.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Blank: nothing but white space (incl. the ideographic space U+3000) and invisible format characters.
const VISIBLE = /[^\s\p{Cf}]/u;

/** True when every character of `value` is printable ASCII (U+0020–U+007E). */
function isPrintableAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/**
 * What is wrong with `value` as text under `rules`, or null when it is fine: it must be a string,
 * not blank, well-formed Unicode, without control characters (line breaks and tabs allowed only
 * when `multiline`), and `min`–`max` code points long. The problem never quotes the value.
 */
export function textProblem(value: unknown, rules: TextRules = {}): string | null {
  const min = rules.min ?? 1;
  const max = rules.max ?? 200;
  if (typeof value !== 'string') return 'must be a string';
  if (isPrintableAscii(value)) {
    // The answers below without the Unicode regexes: printable ASCII has no surrogate and no control
    // character, its one blank character is the space, and each of its characters is a code point.
    if (value.trim() === '') return 'must not be blank';
    return value.length < min || value.length > max ? `must be ${min}–${max} characters long` : null;
  }
  if (!VISIBLE.test(value)) return 'must not be blank';
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode (no lone surrogate)';
  if ((rules.multiline ? CONTROL_EXCEPT_LINE_BREAKS_AND_TABS : CONTROL).test(value))
    return rules.multiline
      ? 'must not contain control characters (line breaks and tabs are fine)'
      : 'must be one line without control characters';
  const length = textLength(value);
  if (length < min || length > max) return `must be ${min}–${max} characters long`;
  return null;
}
