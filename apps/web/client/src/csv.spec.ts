import { decodeCsv, parseCsv } from './csv';

const cells = (text: string) => parseCsv(text).map((r) => r.cells);

describe('reading a CSV file', () => {
  it('splits records at CRLF, LF or a lone CR, and cells at commas', () => {
    expect(cells('a,b\r\nc,d\ne,f\rg,h')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });

  it('drops a leading byte order mark, so the first header is found by its name', () => {
    expect(cells('\uFEFFagency,fileNumber\r\n')).toEqual([['agency', 'fileNumber']]);
  });

  it('keeps commas, line breaks and doubled quotes inside a quoted cell, as one row', () => {
    const records = parseCsv('h1,h2\r\n"沙坪坝区, 市场监管局","第""1""号\r\n续"\r\nx,y\r\n');
    expect(records.map((r) => r.cells)).toEqual([['h1', 'h2'], ['沙坪坝区, 市场监管局', '第"1"号\r\n续'], ['x', 'y']]);
    expect(records.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(records.every((r) => r.problem === undefined)).toBe(true);
  });

  it('numbers rows as a spreadsheet does: blank lines keep their row, the last line end adds none', () => {
    const records = parseCsv('h\r\n\r\nb\r\n');
    expect(records.map((r) => [r.row, r.cells])).toEqual([[1, ['h']], [2, ['']], [3, ['b']]]);
    expect(parseCsv('')).toEqual([]);
    expect(cells('a,b')).toEqual([['a', 'b']]);
  });

  it('keeps empty cells, quoted or not, and a trailing empty cell', () => {
    expect(cells('a,,"",b,\r\n')).toEqual([['a', '', '', 'b', '']]);
  });

  it('marks a record whose quote is never closed, and keeps the rows before it', () => {
    const records = parseCsv('h\r\nok\r\n"open,\r\nmore');
    expect(records[1]).toEqual({ row: 2, cells: ['ok'] });
    expect(records[2].row).toBe(3);
    expect(records[2].problem).toMatch(/引号未闭合/);
    expect(records).toHaveLength(3);
  });

  it('marks a quote inside an unquoted cell and text after a closing quote, without guessing', () => {
    expect(parseCsv('ab"c,d')[0].problem).toMatch(/未加引号的单元格中有引号/);
    const after = parseCsv('"ab"c,d\r\nx')[0];
    expect(after.problem).toMatch(/后面还有文字/);
    expect(after.cells).toEqual(['abc', 'd']);
    expect(parseCsv('x')[0].problem).toBeUndefined();
  });

  it('reads UTF-8 with or without a byte order mark, and GBK (GB18030) as spreadsheet programs on Chinese Windows save it', () => {
    const utf8 = new TextEncoder().encode('\uFEFF执法机关,罚款');
    expect(decodeCsv(utf8)).toEqual({ text: '执法机关,罚款', encoding: 'utf-8' });
    expect(decodeCsv(utf8.slice(3))).toEqual({ text: '执法机关,罚款', encoding: 'utf-8' });
    // 执法机关,罚款 in GBK.
    const gbk = Uint8Array.from([0xd6, 0xb4, 0xb7, 0xa8, 0xbb, 0xfa, 0xb9, 0xd8, 0x2c, 0xb7, 0xa3, 0xbf, 0xee]);
    expect(decodeCsv(gbk)).toEqual({ text: '执法机关,罚款', encoding: 'gb18030' });
  });
});
