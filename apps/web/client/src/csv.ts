// Reading a CSV file a user picked (RFC 4180, as spreadsheet programs write it), in the browser.

/** One record of a CSV file. */
export interface CsvRecord {
  /**
   * Its row as a spreadsheet program numbers it: the first record is row 1, and a record whose
   * quoted cell spans several lines is still one row.
   */
  row: number;
  cells: string[];
  /** Why the record is malformed (an unclosed quote, text after a closing quote), when it is. */
  problem?: string;
}

/**
 * Splits CSV text into records: a leading byte order mark is dropped; records end at CRLF, LF or a
 * lone CR; cells are separated by commas; a cell in double quotes may hold commas, line breaks and
 * doubled quotes (""). A blank line is a record of one empty cell (it keeps the row numbers those
 * of a spreadsheet); the line end after the last record does not start another. A quote inside an
 * unquoted cell, text after a closing quote, or a quote never closed marks the record with a
 * problem instead of guessing what was meant.
 */
export function parseCsv(text: string): CsvRecord[] {
  const s = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  // Whether the cell has begun: a quoted empty cell ("") has, though it holds nothing.
  let begun = false;
  let problem: string | undefined;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    begun = false;
  };
  const endRecord = () => {
    endCell();
    records.push({ row: records.length + 1, cells, ...(problem ? { problem } : {}) });
    cells = [];
    problem = undefined;
  };
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '"' && !begun) {
      // A quoted cell: up to the quote that is not doubled.
      begun = true;
      i++;
      for (;;) {
        if (i >= s.length) {
          problem ??= '引号未闭合：从这里到文件末尾都被当成了一个单元格';
          break;
        }
        if (s[i] === '"') {
          if (s[i + 1] !== '"') {
            i++;
            break;
          }
          i++;
        }
        cell += s[i++];
      }
      // After the closing quote only a separator or a line end may follow.
      let trailing = '';
      while (i < s.length && s[i] !== ',' && s[i] !== '\n' && s[i] !== '\r') trailing += s[i++];
      if (trailing !== '') {
        problem ??= '引号括起的单元格后面还有文字（单元格中的引号须写成两个 ""）';
        cell += trailing;
      }
    } else if (c === ',') {
      endCell();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      if (c === '"') problem ??= '未加引号的单元格中有引号（含引号的值须整个用双引号括起，其中的引号写成两个 ""）';
      begun = true;
      cell += c;
      i++;
    }
  }
  // The last record, unless the text ended with its line end (or was empty).
  if (begun || cells.length > 0 || problem) endRecord();
  return records;
}

/**
 * The text of a CSV file's bytes: UTF-8 (with or without a byte order mark) when they are valid
 * UTF-8, else GB18030, the superset of GBK that spreadsheet programs on Chinese Windows save
 * "CSV (逗号分隔)" in.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
