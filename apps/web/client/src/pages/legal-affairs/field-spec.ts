import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { yuanToFen } from '../../money';

/** The time format the forms send: the browser's zone with its offset (+08:00 in the district). */
export const TIME = 'YYYY-MM-DDTHH:mm:ssZ';
/** A time of the API as the pages show it. */
export const when = (t: string | null | undefined) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : '—');

/**
 * One field of a legal-affairs form, named as the API names it (`Body` is the command's DTO, so a
 * misspelt field does not compile). The form checks what the service checks (docs/services/legal-affairs.md):
 * text 1–max characters on one line, times not in the future and not before the record's earlier
 * time, amounts in yuan with at most two decimals, whole numbers in their range.
 */
export interface FieldSpec<Body, R = unknown> {
  name: keyof Body & string;
  label: string;
  kind: 'text' | 'select' | 'time' | 'bool' | 'yuan' | 'int';
  /** text: at most this many characters. */
  max?: number;
  /** select: value → label. */
  choices?: Record<string, string>;
  /** int: the inclusive range. */
  range?: [number, number];
  /** time: the record's time it may not precede, and that time's label (named in the message). */
  notBefore?: { field: keyof R & string; label: string };
  placeholder?: string;
  extra?: string;
  /** Half the form's width beside another half-width field (from sm up). */
  half?: boolean;
  /** int: the text before and after the number (第 … 次会议). */
  affix?: [string, string];
}

/** The form's name of an API field: an amount in fen is typed in yuan (`amountFen` → `amountYuan`). */
export const formName = (name: string) => name.replace(/Fen$/, 'Yuan');

/** The values of a form as the command's body: text trimmed, times with their offset, yuan as exact fen. */
export function toBody<Body, R>(fields: FieldSpec<Body, R>[], values: Record<string, unknown>): Body {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[formName(f.name)];
    if (f.kind === 'text') body[f.name] = String(v).trim();
    else if (f.kind === 'time') body[f.name] = (v as Dayjs).format(TIME);
    else if (f.kind === 'yuan') body[f.name] = yuanToFen(String(v));
    else body[f.name] = v;
  }
  return body as Body;
}
