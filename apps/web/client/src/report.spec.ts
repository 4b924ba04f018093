import { fenTextToWan, proseOf } from './report';

describe('the report page helpers', () => {
  it('shows fen as 万元 rounded half up to 100 yuan, exactly past 2^53', () => {
    expect(fenTextToWan('225750000')).toBe('225.75');
    expect(fenTextToWan('225745000')).toBe('225.75');
    expect(fenTextToWan('225744999')).toBe('225.74');
    expect(fenTextToWan('10000000000000001')).toBe('10000000000.00');
  });

  it('keeps the prose paragraphs of the Markdown report only', () => {
    const md = '# 2019年度\n\n全年共调解纠纷3件。\n\n全年受理援助案件1件。\n\n| a | b |\n| - | - |\n\n数据截至 x';
    expect(proseOf(md)).toEqual(['全年共调解纠纷3件。', '全年受理援助案件1件。']);
  });
});
