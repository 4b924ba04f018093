// The rows of a pool CSV (agency, fileNumber, penaltyType, decidedAt) checked in the browser before
// anything is sent: the service pools a request all or none, so one bad row would refuse them all.
import { ApiError } from './api';
import { CsvRecord } from './csv';
import { PENALTY_TYPE_LABELS } from './pages/file-review-labels';
import type { PenaltyType, PoolFile } from './schemas';

/** The most files the service pools in one request (apps/file-review, MAX_FILES_PER_REQUEST). */
export const MAX_FILES_PER_UPLOAD = 5000;

export type PoolColumn = keyof PoolFile;
export const POOL_COLUMNS: readonly PoolColumn[] = ['agency', 'fileNumber', 'penaltyType', 'decidedAt'];

/** How a column is named in the report, and the header names it is recognised by (lower case). */
export const POOL_COLUMN_LABELS: Record<PoolColumn, string> = { agency: '执法机关', fileNumber: '案卷号', penaltyType: '处罚种类', decidedAt: '决定时间' };
const HEADER_NAMES: Record<PoolColumn, string[]> = {
  agency: ['agency', '执法机关', '执法单位'],
  fileNumber: ['filenumber', 'file number', '案卷号', '文号', '决定书文号'],
  penaltyType: ['penaltytype', 'penalty type', '处罚种类', '处罚类型'],
  decidedAt: ['decidedat', 'decided at', '决定时间', '决定日期', '处罚决定日期'],
};

/** What the template download holds: the header and one example row. */
export const POOL_TEMPLATE = '\uFEFFagency,fileNumber,penaltyType,decidedAt\r\n沙坪坝区市场监督管理局,沙市监处罚〔2021〕118号,fine,2021-06-03\r\n';

/** A row that can be pooled, with its row in the file (for the service's per-item errors). */
export interface PoolRow {
  row: number;
  file: PoolFile;
}

/** One problem of one row (`row` null: of the file as a whole); `column` null: of the row as a whole. */
export interface RowProblem {
  row: number | null;
  column: PoolColumn | null;
  problem: string;
}

export interface PoolCheck {
  /** The rows without a problem, in file order. */
  good: PoolRow[];
  problems: RowProblem[];
  /** Data rows read (blank lines not counted). */
  rows: number;
  /** Rows with at least one problem. */
  badRows: number;
  /** Header cells that are none of the four columns (their values are not sent). */
  ignoredColumns: string[];
}

const PENALTY_TYPES = Object.keys(PENALTY_TYPE_LABELS) as PenaltyType[];
const penaltyList = PENALTY_TYPES.map((t) => `${PENALTY_TYPE_LABELS[t]} ${t}`).join('、');

/** The penalty type a cell names: its code (any case) or its Chinese label. */
export function penaltyTypeOf(cell: string): PenaltyType | undefined {
  const code = cell.toLowerCase();
  return PENALTY_TYPES.find((t) => t === code || PENALTY_TYPE_LABELS[t] === cell);
}

// Control characters (line breaks too: the service's one-line fields refuse them), lone surrogates,
// and "blank": only white space and invisible format characters (libs/contracts/src/text.ts).
const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const VISIBLE = /[^\s\p{Cf}]/u;

/** What is wrong with a one-line text cell of at most `max` characters (code points), or null. */
export function textCellProblem(value: string, max = 100): string | null {
  if (!VISIBLE.test(value)) return '不能为空';
  if (LONE_SURROGATE.test(value)) return '含有无法识别的字符';
  if (CONTROL.test(value)) return '不能含换行或控制字符';
  const length = [...value].length;
  if (length > max) return `不能超过 ${max} 个字（现有 ${length} 个）`;
  return null;
}

const LOCAL = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A decision time as the service takes it (ISO 8601 with an offset), or what is wrong with the
 * cell. Accepted: 2021-06-03, 2021/6/3, 2021年6月3日, each with an optional time (10:15 or
 * 10:15:30) — read as Beijing time, +08:00, the district's zone — or a full ISO timestamp with its
 * own offset. The date must exist, lie in 1949–2200 (the service's range) and not after `now`.
 */
export function decidedAtOf(cell: string, now: Date): { value: string } | { problem: string } {
  const iso = ISO_WITH_OFFSET.exec(cell);
  const local = iso ? null : LOCAL.exec(cell);
  if (!iso && !local) return { problem: `无法识别的时间“${cell}”，应写成 2021-06-03 或 2021-06-03 10:15` };
  const [year, month, day, hour, minute, second] = iso
    ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6] ?? '0'].map(Number)
    : [local![1], local![2] ?? local![4], local![3] ?? local![5], local![6] ?? '0', local![7] ?? '0', local![8] ?? '0'].map(Number);
  if (month < 1 || month > 12) return { problem: `日期不存在：没有 ${month} 月` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return { problem: `日期不存在：${year} 年 ${month} 月只有 ${days} 天` };
  if (hour > 23 || minute > 59 || second > 59) return { problem: `时间不存在：${cell}` };
  if (year < 1949 || year > 2200) return { problem: '年份应在 1949–2200 之间' };
  const value = iso ? cell : `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`;
  if (Date.parse(value) > now.getTime()) return { problem: '决定时间不能晚于当前时间' };
  return { value };
}

/** Which header cell is which column; the header's own problems (a missing or repeated column). */
function readHeader(header: string[]): { at: Partial<Record<PoolColumn, number>>; problems: string[]; ignored: string[] } {
  const at: Partial<Record<PoolColumn, number>> = {};
  const problems: string[] = [];
  const ignored: string[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    const column = POOL_COLUMNS.find((c) => HEADER_NAMES[c].includes(name));
    if (!column) {
      if (name !== '') ignored.push(raw.trim());
    } else if (at[column] !== undefined) problems.push(`表头中“${POOL_COLUMN_LABELS[column]}（${column}）”列出现了两次`);
    else at[column] = i;
  });
  const missing = POOL_COLUMNS.filter((c) => at[c] === undefined);
  if (missing.length > 0)
    problems.push(`表头缺少列：${missing.map((c) => `${POOL_COLUMN_LABELS[c]}（${c}）`).join('、')}。第 1 行应为表头 agency,fileNumber,penaltyType,decidedAt`);
  return { at, problems, ignored };
}

/**
 * Checks a pool CSV: row 1 is the header (the four columns in any order, by their English or
 * Chinese names; other columns are ignored), every other non-blank row one file. Each problem names
 * its row (as a spreadsheet numbers it) and column. Cells are trimmed as the service trims them,
 * so " A1 " and "A1" are one file number; a number that occurs on two rows is a problem on each
 * (which of them is right cannot be told). Only rows without a problem are `good`.
 */
export function checkPoolCsv(records: CsvRecord[], now: Date): PoolCheck {
  const empty = { good: [], rows: 0, badRows: 0, ignoredColumns: [] };
  if (records.length === 0) return { ...empty, problems: [{ row: null, column: null, problem: '文件是空的' }] };
  const [first, ...rest] = records;
  if (first.problem) return { ...empty, problems: [{ row: first.row, column: null, problem: first.problem }] };
  const header = readHeader(first.cells);
  if (header.problems.length > 0) return { ...empty, problems: header.problems.map((problem) => ({ row: first.row, column: null, problem })) };
  const at = header.at as Record<PoolColumn, number>;
  const dataRows = rest.filter((r) => r.problem || r.cells.some((c) => c.trim() !== ''));

  const problems: RowProblem[] = [];
  const candidates: PoolRow[] = [];
  for (const r of dataRows) {
    const own: RowProblem[] = [];
    const add = (column: PoolColumn | null, problem: string) => own.push({ row: r.row, column, problem });
    if (r.problem) add(null, r.problem);
    else if (r.cells.length > first.cells.length) add(null, `本行有 ${r.cells.length} 个单元格，多于表头的 ${first.cells.length} 个（值中有逗号时，须把整个值用双引号括起）`);
    const cell = (c: PoolColumn) => (r.cells[at[c]] ?? '').trim();
    if (!r.problem) {
      for (const c of ['agency', 'fileNumber'] as const) {
        const p = textCellProblem(cell(c));
        if (p) add(c, p);
      }
      const type = penaltyTypeOf(cell('penaltyType'));
      if (cell('penaltyType') === '') add('penaltyType', '不能为空');
      else if (!type) add('penaltyType', `未知的处罚种类“${cell('penaltyType')}”，应为：${penaltyList}`);
      const decided = cell('decidedAt') === '' ? { problem: '不能为空' } : decidedAtOf(cell('decidedAt'), now);
      if ('problem' in decided) add('decidedAt', decided.problem);
      if (own.length === 0) candidates.push({ row: r.row, file: { agency: cell('agency'), fileNumber: cell('fileNumber'), penaltyType: type!, decidedAt: (decided as { value: string }).value } });
    }
    problems.push(...own);
  }

  // A number on two rows: both are reported and neither is sent.
  const rowsOf = new Map<string, number[]>();
  for (const r of dataRows) {
    const n = r.problem ? '' : (r.cells[at.fileNumber] ?? '').trim();
    if (n !== '') rowsOf.set(n, [...(rowsOf.get(n) ?? []), r.row]);
  }
  const repeated = new Set<number>();
  for (const rows of rowsOf.values())
    if (rows.length > 1)
      for (const row of rows) {
        repeated.add(row);
        problems.push({ row, column: 'fileNumber', problem: `案卷号重复：第 ${rows.join('、')} 行是同一个案卷号` });
      }
  const good = candidates.filter((c) => !repeated.has(c.row));
  if (good.length > MAX_FILES_PER_UPLOAD)
    problems.push({ row: null, column: null, problem: `一次最多入池 ${MAX_FILES_PER_UPLOAD} 件，本文件有 ${good.length} 件有效案卷：请分成几个文件上传` });
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const badRows = new Set(problems.filter((p) => p.row !== null).map((p) => p.row)).size;
  return { good: good.length > MAX_FILES_PER_UPLOAD ? [] : good, problems, rows: dataRows.length, badRows, ignoredColumns: header.ignored };
}

/**
 * The service's refusal of a pool request as problems of the file's rows: a 400's fields name
 * `files[i].<column>` (i indexes `sent`); a file number repeated or already in the pool is listed
 * in `details.duplicates`. Empty when the refusal is about nothing row by row.
 */
export function serviceRowProblems(e: unknown, sent: readonly PoolRow[], words: (problem: string) => string = (p) => p): RowProblem[] {
  if (!(e instanceof ApiError)) return [];
  const out: RowProblem[] = [];
  for (const f of e.fields) {
    const m = /^files\[(\d+)\](?:\.(\w+))?$/.exec(f.field);
    const row = m ? sent[Number(m[1])]?.row : undefined;
    if (row === undefined) continue;
    const column = POOL_COLUMNS.find((c) => c === m![2]) ?? null;
    for (const p of f.problems) out.push({ row, column, problem: words(p) });
  }
  const duplicates = Array.isArray(e.details.duplicates) ? new Set(e.details.duplicates.map(String)) : new Set<string>();
  const problem = e.code === 'FILE.NUMBER_TAKEN' ? '该案卷号已在本次评查的案卷池中' : '案卷号重复';
  for (const r of sent) if (duplicates.has(r.file.fileNumber)) out.push({ row: r.row, column: 'fileNumber', problem });
  return out.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
