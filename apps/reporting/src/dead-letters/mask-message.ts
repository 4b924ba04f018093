import { envelopeSchema, findDefinition, Schema } from '@casetrack/contracts';
import { maskIdNumber, maskName, maskPhone } from '@casetrack/platform';

/** Why a value of a dead letter is shown masked. */
export type MaskRule = 'personal-key' | 'not-in-contract' | 'looks-like-id-or-phone' | 'text';

/** One masked value: where it is (`payload.applicantName`, `payload.parties[0].phone`, `(text)`) and why. */
export interface MaskedValue {
  path: string;
  rule: MaskRule;
}

/** A dead letter's message as the desk shows it: JSON with personal data masked, or masked text, or nothing. */
export interface MaskedMessage {
  /** `json`: a JSON object, parsed; `text`: anything else (not JSON, or JSON but no object), shown as text; `none`: the message had no value. */
  form: 'json' | 'text' | 'none';
  json: Record<string, unknown> | null;
  text: string | null;
  /** The value's size as it came, in bytes. */
  bytes: number;
  /** The contract the value was read against (`mediation.dispute.registered v1`), or null for an unknown shape. */
  contract: string | null;
  masked: MaskedValue[];
}

/** Text is shown up to this many characters. */
const MAX_TEXT = 4_000;

// Keys that name a person, how to reach them, or what they told the desk; compared without case, `_` or `-`.
const PERSONAL_KEY = /name|idnumber|idno|idcard|identity|phone|mobile|^tel$|telephone|address|addr|email|summary|description|remark|note|comment|姓名|身份证|电话|手机|地址|住址/;
// A mainland identity number (17 digits and a check character) or mobile number, wherever it appears.
const ID_OR_PHONE = /(?<!\d)(\d{17}[\dXx]|1[3-9]\d{9})(?![\dXx])/g;

const normalised = (key: string) => key.toLowerCase().replace(/[_-]/g, '');
const isPersonalKey = (key: string) => PERSONAL_KEY.test(normalised(key));

/** A value under a personal key, masked the way every casetrack response masks that kind of data. */
function maskPersonal(key: string, value: string): string {
  const k = normalised(key);
  if (/idnumber|idno|idcard|identity|身份证/.test(k)) return maskIdNumber(value);
  if (/phone|mobile|^tel$|telephone|电话|手机/.test(k)) return maskPhone(value);
  if (/name|姓名/.test(k)) return maskName(value);
  return '***';
}

const maskIdsAndPhones = (text: string) => text.replace(ID_OR_PHONE, (m) => (m.length === 11 ? maskPhone(m) : maskIdNumber(m)));

/** What a schema declares of its children, for walking a value along it (see @casetrack/contracts schema.ts). */
function unwrap(schema: Schema<unknown> | undefined): Schema<unknown> | undefined {
  let s = schema as (Schema<unknown> & { inner?: Schema<unknown> }) | undefined;
  while (s?.inner) s = s.inner as typeof s;
  return s;
}

class Walker {
  readonly masked: MaskedValue[] = [];

  /**
   * Walks `value`: along `schema` where a contract declares it (its fields carry no personal data,
   * only strings that look like an ID or phone number are masked), generically where it does not
   * (`schema` undefined: strings and numbers under personal keys masked) and masking every string
   * and number under a key the contract does not declare (`foreign`).
   */
  walk(value: unknown, path: string, key: string, schema: Schema<unknown> | undefined, foreign: boolean): unknown {
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value);
      if (foreign) return this.mask(path, 'not-in-contract', isPersonalKey(key) ? maskPersonal(key, text) : '***');
      if (schema === undefined && isPersonalKey(key)) return this.mask(path, 'personal-key', maskPersonal(key, text));
      const cleaned = maskIdsAndPhones(text);
      if (cleaned !== text) return this.mask(path, 'looks-like-id-or-phone', cleaned);
      return value;
    }
    if (Array.isArray(value)) {
      const item = (unwrap(schema) as { item?: Schema<unknown> } | undefined)?.item;
      return value.map((v, i) => this.walk(v, `${path}[${i}]`, key, item, foreign));
    }
    if (value !== null && typeof value === 'object') {
      const s = unwrap(schema) as { shape?: Record<string, Schema<unknown>>; values?: Schema<unknown> } | undefined;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const child = `${path}.${k}`;
        if (foreign || s === undefined) out[k] = this.walk(v, child, k, undefined, foreign);
        else if (s.shape) out[k] = Object.hasOwn(s.shape, k) ? this.walk(v, child, k, s.shape[k], false) : this.walk(v, child, k, undefined, true);
        else if (s.values) out[k] = this.walk(v, child, k, s.values, false);
        else out[k] = this.walk(v, child, k, undefined, false);
      }
      return out;
    }
    return value;
  }

  /** Not JSON: values after personal-looking keys ("name": "…", phone=…) and ID or phone numbers masked. */
  text(raw: string): string {
    const cut = raw.length > MAX_TEXT ? `${raw.slice(0, MAX_TEXT)}…` : raw;
    this.masked.push({ path: '(text)', rule: 'text' });
    return maskIdsAndPhones(
      cut.replace(/("?)([\p{L}_][\p{L}\p{N}_-]*)\1(\s*[:=]\s*)("([^"\\]|\\.)*"?|[^\s,;&}]+)/gu, (all, q: string, key: string, sep: string, val: string) =>
        isPersonalKey(key) ? `${q}${key}${q}${sep}${val.startsWith('"') ? '"***"' : '***'}` : all,
      ),
    );
  }

  private mask(path: string, rule: MaskRule, shown: string): string {
    this.masked.push({ path, rule });
    return shown;
  }
}

/**
 * A dead letter's message with personal data masked. Dead letters can carry anything, so: a value
 * that is an envelope of a known contract is walked along the contract (its declared fields carry
 * no personal data by design; anything it does not declare is masked), any other JSON is walked
 * generically (strings and numbers under keys that look like a name, ID number, phone, address,
 * e-mail or free text are masked), and text that is not JSON has values after such keys masked; in
 * every form, strings that look like a mainland ID or mobile number are masked. `masked` says
 * which values were masked and why. Pure.
 */
export function maskMessage(value: Buffer | null): MaskedMessage {
  if (value === null) return { form: 'none', json: null, text: null, bytes: 0, contract: null, masked: [] };
  const walker = new Walker();
  const raw = value.toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  // An event is a JSON object; anything else (not JSON, or a bare string, number or array) is shown as text.
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { form: 'text', json: null, text: walker.text(raw), bytes: value.length, contract: null, masked: walker.masked };
  const envelope = parsed as { type?: unknown; version?: unknown };
  const definition = typeof envelope.type === 'string' && typeof envelope.version === 'number' ? findDefinition(envelope.type, envelope.version) : undefined;
  if (!definition) return { form: 'json', json: walker.walk(parsed, '', '', undefined, false) as Record<string, unknown>, text: null, bytes: value.length, contract: null, masked: walker.masked.map(trimRoot) };
  // The envelope's own fields, with the payload walked along the event's contract.
  const schema = { shape: { ...envelopeSchema.shape, payload: definition.payload } } as unknown as Schema<unknown>;
  const json = walker.walk(parsed, '', '', schema, false) as Record<string, unknown>;
  return { form: 'json', json, text: null, bytes: value.length, contract: `${definition.type} v${definition.version}`, masked: walker.masked.map(trimRoot) };
}

const trimRoot = (m: MaskedValue): MaskedValue => ({ ...m, path: m.path.replace(/^\./, '') || '(value)' });

/** A message key as text (a case id, normally), with anything shaped like an ID or mobile number masked; at most 300 characters. */
export function maskKey(key: Buffer): string {
  return maskIdsAndPhones(key.toString('utf8').slice(0, 300));
}
