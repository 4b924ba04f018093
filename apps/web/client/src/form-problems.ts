import type { FormInstance } from 'antd';
import { ApiError, FieldProblem } from './api';

/** How one page's form speaks of a 400: its field names where they differ from the API's, and its own problem wordings. */
export interface ProblemWords {
  /** API field → form field (amounts are typed in yuan as `…Yuan` and sent in fen as `…Fen`). */
  names?: Record<string, string>;
  /** An English problem of the service → the Chinese shown beside the field; first match wins. */
  problems?: [RegExp, string][];
  /** The page's own wording of a problem no entry of `problems` matched (returns it unchanged when it has none). */
  inWords?: (problem: string) => string;
}

// The services word their problems in English for developers; the few a user can cause anywhere get Chinese here.
const COMMON: [RegExp, string][] = [
  [/must not be in the future/, '时间不能晚于当前时间'],
  [/must be at most \d+ fen/, '金额超出上限（最多 100 亿元）'],
];

/**
 * The fields a 400 names: its `fields` list from validation, or the one field a domain rule names
 * (`details.field`, e.g. acceptedAt before appliedAt) with the rule's message less its leading
 * "field: " (the form shows it beside that field already).
 */
export function fieldProblems(e: unknown): FieldProblem[] {
  if (!(e instanceof ApiError)) return [];
  if (e.fields.length > 0) return e.fields;
  const field = e.details.field;
  if (e.status !== 400 || typeof field !== 'string') return [];
  return [{ field, problems: [e.message.startsWith(`${field}: `) ? e.message.slice(field.length + 2) : e.message] }];
}

/** A field path of the API (`problems[0].description`) as an antd form name path (`['problems', 0, 'description']`). */
export function namePath(field: string): (string | number)[] {
  return field.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Puts each problem of a 400 beside the field it names; true when the answer named fields of this form. */
export function showFieldProblems(form: FormInstance, e: unknown, words: ProblemWords = {}): boolean {
  const named = fieldProblems(e).map((f) => ({ ...f, name: namePath(words.names?.[f.field] ?? f.field) }));
  if (named.length === 0) return false;
  const table = [...(words.problems ?? []), ...COMMON];
  const inChinese = (problem: string) => table.find(([re]) => re.test(problem))?.[1] ?? words.inWords?.(problem) ?? problem;
  // Every mounted field (an empty one too) and every value the form holds.
  const known = new Set([...Object.keys(form.getFieldsValue()), ...Object.keys(form.getFieldsValue(true))]);
  // Only this form's fields (by the first step of their path): setFields on a name the form does not
  // hold would add a phantom field.
  const own = named.filter((f) => known.has(String(f.name[0])));
  form.setFields(own.map((f) => ({ name: f.name, errors: f.problems.map(inChinese) })));
  return own.length > 0;
}

/** Why a call failed, in words for the page; a 409 names the case's status with `statusLabels` when given. */
export function failure(e: unknown, statusLabels: Record<string, string> = {}): string {
  if (!(e instanceof ApiError)) return '无法连接服务器，请稍后重试';
  if (e.status === 403) return `无权进行此操作：${e.message}`;
  if (e.status === 409) {
    const status = e.details.status;
    const label = typeof status === 'string' ? statusLabels[status] : undefined;
    return label ? `当前状态（${label}）不允许此操作` : `当前状态不允许此操作：${e.message}`;
  }
  return e.message;
}
