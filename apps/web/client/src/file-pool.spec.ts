import { ApiError } from './api';
import { parseCsv } from './csv';
import { checkPoolCsv, decidedAtOf, MAX_FILES_PER_UPLOAD, penaltyTypeOf, serviceRowProblems, textCellProblem } from './file-pool';

const NOW = new Date('2021-12-31T00:00:00Z');
const check = (text: string) => checkPoolCsv(parseCsv(text), NOW);
const HEADER = 'agency,fileNumber,penaltyType,decidedAt\r\n';

describe('the rows of a pool CSV', () => {
  it('turns good rows into the files the service takes, trimmed, with the time in +08:00', () => {
    const r = check(`${HEADER} 区市场监管局 , 沙市监罚〔2021〕1号 ,fine,2021-06-03\r\n区城管局,沙城管罚〔2021〕2号,警告,2021/6/4 09:30\r\n`);
    expect(r.problems).toEqual([]);
    expect(r.rows).toBe(2);
    expect(r.good).toEqual([
      { row: 2, file: { agency: '区市场监管局', fileNumber: '沙市监罚〔2021〕1号', penaltyType: 'fine', decidedAt: '2021-06-03T00:00:00+08:00' } },
      { row: 3, file: { agency: '区城管局', fileNumber: '沙城管罚〔2021〕2号', penaltyType: 'warning', decidedAt: '2021-06-04T09:30:00+08:00' } },
    ]);
  });

  it('reports each bad row by its row number and column, and keeps the good rows', () => {
    const r = check(`${HEADER}甲局,A-1,fine,2021-06-03\r\n乙局,A-2,fine,2021-02-30\r\n丙局,A-3,fine,2021-06-05\r\n丁局,A-4,scolding,2021-06-06\r\n`);
    expect(r.good.map((g) => g.row)).toEqual([2, 4]);
    expect(r.badRows).toBe(2);
    expect(r.problems).toEqual([
      { row: 3, column: 'decidedAt', problem: '日期不存在：2021 年 2 月只有 28 天' },
      { row: 5, column: 'penaltyType', problem: expect.stringContaining('未知的处罚种类“scolding”') },
    ]);
  });

  it('finds the columns by name in any order, English or Chinese, and ignores other columns', () => {
    const r = check('备注,决定时间,案卷号,处罚种类,执法机关\r\n随便,2021-06-03 10:00:00,B-1,没收,区局\r\n');
    expect(r.problems).toEqual([]);
    expect(r.ignoredColumns).toEqual(['备注']);
    expect(r.good[0].file).toEqual({ agency: '区局', fileNumber: 'B-1', penaltyType: 'confiscation', decidedAt: '2021-06-03T10:00:00+08:00' });
  });

  it('refuses the whole file when the header lacks a column, naming it', () => {
    const r = check('agency,fileNumber,decidedAt\r\n区局,C-1,2021-06-03\r\n');
    expect(r.good).toEqual([]);
    expect(r.problems).toEqual([{ row: 1, column: null, problem: expect.stringContaining('表头缺少列：处罚种类（penaltyType）') }]);
    expect(check('').problems[0].problem).toBe('文件是空的');
  });

  it('reports a number that occurs on two rows on both, and sends neither', () => {
    const r = check(`${HEADER}甲局,D-1,fine,2021-06-03\r\n乙局, D-1 ,fine,2021-06-04\r\n丙局,D-2,fine,2021-06-05\r\n`);
    expect(r.good.map((g) => g.file.fileNumber)).toEqual(['D-2']);
    expect(r.problems).toEqual([
      { row: 2, column: 'fileNumber', problem: '案卷号重复：第 2、3 行是同一个案卷号' },
      { row: 3, column: 'fileNumber', problem: '案卷号重复：第 2、3 行是同一个案卷号' },
    ]);
  });

  it('reports empty cells, a row with more cells than the header, and a malformed quote; blank lines are skipped', () => {
    const r = check(`${HEADER}\r\n,E-1,fine,2021-06-03\r\n区局,E-2,fine,2021-06-03,多出来\r\n区局,"E-3"x,fine,2021-06-03\r\n`);
    expect(r.rows).toBe(3);
    expect(r.good).toEqual([]);
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([[3, 'agency'], [4, null], [5, null]]);
  });

  it('refuses more files than one request may pool', () => {
    const rows = Array.from({ length: MAX_FILES_PER_UPLOAD + 1 }, (_, i) => `区局,F-${i},fine,2021-06-03`).join('\r\n');
    const r = check(HEADER + rows);
    expect(r.good).toEqual([]);
    expect(r.problems).toEqual([{ row: null, column: null, problem: expect.stringContaining('一次最多入池 5000 件') }]);
  });
});

describe('the cells of a pool CSV', () => {
  it('reads a decision time in the forms people type, and refuses impossible or future ones', () => {
    expect(decidedAtOf('2021年6月3日', NOW)).toEqual({ value: '2021-06-03T00:00:00+08:00' });
    expect(decidedAtOf('2020-02-29', NOW)).toEqual({ value: '2020-02-29T00:00:00+08:00' });
    expect(decidedAtOf('2021-06-03T10:15:00Z', NOW)).toEqual({ value: '2021-06-03T10:15:00Z' });
    expect(decidedAtOf('2021-13-01', NOW)).toEqual({ problem: '日期不存在：没有 13 月' });
    expect(decidedAtOf('2019-02-29', NOW)).toEqual({ problem: '日期不存在：2019 年 2 月只有 28 天' });
    expect(decidedAtOf('2021-06-03 24:00', NOW)).toEqual({ problem: '时间不存在：2021-06-03 24:00' });
    expect(decidedAtOf('1900-01-01', NOW)).toEqual({ problem: '年份应在 1949–2200 之间' });
    expect(decidedAtOf('2022-01-01', NOW)).toEqual({ problem: '决定时间不能晚于当前时间' });
    expect(decidedAtOf('03/06/2021', NOW)).toEqual({ problem: expect.stringContaining('无法识别的时间') });
  });

  it('knows a penalty type by its code in any case or by its Chinese label', () => {
    expect(penaltyTypeOf('FINE')).toBe('fine');
    expect(penaltyTypeOf('行政拘留')).toBe('detention');
    expect(penaltyTypeOf('罚金')).toBeUndefined();
  });

  it('holds text cells to the service\'s one-line rule, counting characters as code points', () => {
    expect(textCellProblem('\u3000')).toBe('不能为空');
    expect(textCellProblem('a\u0007b')).toBe('不能含换行或控制字符');
    expect(textCellProblem('𠀀'.repeat(100))).toBeNull();
    expect(textCellProblem('a'.repeat(101))).toBe('不能超过 100 个字（现有 101 个）');
  });
});

describe('the service refusing a pool request', () => {
  const sent = [
    { row: 2, file: { agency: '甲', fileNumber: 'G-1', penaltyType: 'fine' as const, decidedAt: '2021-06-03T00:00:00+08:00' } },
    { row: 4, file: { agency: '乙', fileNumber: 'G-2', penaltyType: 'fine' as const, decidedAt: '2021-06-03T00:00:00+08:00' } },
  ];

  it('names the file\'s rows behind files[i] fields', () => {
    const e = new ApiError(400, 'VALIDATION_FAILED', 'files[1].agency: …', [{ field: 'files[1].agency', problems: ['agency must not be blank'] }]);
    expect(serviceRowProblems(e, sent)).toEqual([{ row: 4, column: 'agency', problem: 'agency must not be blank' }]);
  });

  it('names the rows whose numbers are already in the pool', () => {
    const e = new ApiError(409, 'FILE.NUMBER_TAKEN', 'files: …', [], { field: 'files', duplicates: ['G-1'] });
    expect(serviceRowProblems(e, sent)).toEqual([{ row: 2, column: 'fileNumber', problem: '该案卷号已在本次评查的案卷池中' }]);
    expect(serviceRowProblems(new ApiError(409, 'CAMPAIGN.INVALID_TRANSITION', 'cannot pool'), sent)).toEqual([]);
  });
});
