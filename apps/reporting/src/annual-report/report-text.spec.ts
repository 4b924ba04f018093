import { rate } from './rate';
import { alignedTable, displayWidth, figureRows, renderCsv, renderMarkdown } from './report-text';

/** The 2019 report of Shapingba as the JSON API gives it (the figures of the seed). */
const report2019 = {
  district: '500106',
  year: 2019,
  timeZone: 'Asia/Shanghai',
  mediation: {
    registered: 8570,
    mediated: 8428,
    succeeded: 8175,
    failed: 253,
    withdrawn: 45,
    successRate: rate(8175, 8428),
    committeesByKind: { community: 60, court: 1, petition: 1, 'police-station': 23, professional: 11, township: 26, tribunal: 1 },
  },
  legalAid: { applied: 600, accepted: 578, rejected: 22, closed: 540, benefitFen: 225_750_000, benefitFenText: '225750000', benefitYuan: '2257500.00' },
  asOf: '2020-01-02T03:04:05.000Z',
};

describe('renderMarkdown', () => {
  const text = renderMarkdown(report2019);

  it('says the mediation figures the way the published report does', () => {
    expect(text).toContain('全年共调解纠纷8428件，成功8175件，成功率97.0%');
  });

  it('counts the 11 professional committees and the 26 linked rooms by kind', () => {
    expect(text).toContain('建立专业性行业性调委会11个');
    expect(text).toContain('人民调解室26个，其中驻派出所人民调解室23个，驻法庭人民调解室1个，区信访事项调委会1个，区法院人民调解室1个');
  });

  it('gives legal aid money in 万元', () => {
    expect(text).toContain('全年受理援助案件578件，为困难群众挽回损失或取得利益225.75万元。');
  });

  it('gives a sum past 2^53 fen exactly in 万元, from its text, when benefitFen is null', () => {
    // 10,000 closures at MAX_FEN (10^12 fen): 10^16 fen = 10^14 yuan = 10^10 万元.
    const huge = renderMarkdown({ ...report2019, legalAid: { accepted: 10_000, benefitFen: null, benefitFenText: '10000000000000001', benefitYuan: '100000000000000.01' } });
    expect(huge).toContain('为困难群众挽回损失或取得利益10000000000.00万元。');
    expect(huge).toMatch(/\| 挽回损失或取得利益（分） benefitFen +\| 10000000000000001 +\|/);
  });

  it('says the litigation figures and their follow-up in the seed\'s words and order', () => {
    const withReview = renderMarkdown({
      ...report2019,
      administrativeReview: { accepted: 59, concluded: 56 },
      litigation: {
        filed: 477, hearings: 192, headAppearances: 64, byRole: { 'government-leader': 2, 'agency-head': 62 }, appearanceRate: rate(64, 192), judged: 400,
        judgmentsSupervised: 4, supervisionsConcluded: 3, suggestionsReceived: 18, suggestionsSupervised: 17, suggestionsAnswered: 15,
      },
    });
    expect(withReview).toContain('协调办理以我区行政机关为被告的行政诉讼案件477件，督促履行生效法院判决4件，督办司法建议17件。');
    expect(withReview).toMatch(/\| 督促履行生效法院判决 judgmentsSupervised +\| 4 +\|/);
    expect(withReview).toMatch(/\| 督办司法建议 suggestionsSupervised +\| 17 +\|/);
  });

  it('titles the document with the year and district and ends with the as-of time', () => {
    expect(text.split('\n')[0]).toBe('# 2019年度司法行政工作主要数据（行政区划代码 500106）');
    expect(text).toContain('数据截至 2020-01-02T03:04:05.000Z（Asia/Shanghai）');
  });

  it('leaves out the prose of a section the report does not have', () => {
    const mediationOnly = renderMarkdown({ ...report2019, legalAid: undefined });
    expect(mediationOnly).not.toContain('援助');
    expect(mediationOnly).toContain('全年共调解纠纷8428件');
  });

  it('shows a dash for a rate that has no denominator', () => {
    const empty = renderMarkdown({ ...report2019, mediation: { mediated: 0, succeeded: 0, successRate: rate(0, 0), committeesByKind: {} } });
    expect(empty).toContain('全年共调解纠纷0件，成功0件，成功率—');
  });
});

describe('figureRows and renderCsv', () => {
  it('flattens nested figures with dots and shows a rate with its parts', () => {
    const rows = figureRows(report2019);
    expect(rows).toContainEqual(['mediation', 'committeesByKind.police-station', '23']);
    expect(rows).toContainEqual(['mediation', 'successRate', '97.0% (8175/8428)']);
    expect(rows).toContainEqual(['legalAid', 'benefitYuan', '2257500.00']);
  });

  it('shows an amount by its exact text, in one row, whether or not its number is there', () => {
    expect(figureRows(report2019).filter(([section, figure]) => section === 'legalAid' && figure.startsWith('benefit'))).toEqual([
      ['legalAid', 'benefitFen', '225750000'],
      ['legalAid', 'benefitYuan', '2257500.00'],
    ]);
    const csv = renderCsv({ ...report2019, legalAid: { benefitFen: null, benefitFenText: '9007199254740993', benefitYuan: '90071992547409.93' } });
    expect(csv).toContain('2019,500106,legalAid,benefitFen,9007199254740993\n');
    expect(csv).toContain('2019,500106,legalAid,benefitYuan,90071992547409.93\n');
    expect(csv).not.toContain('benefitFenText');
  });

  it('writes one CSV row per figure under a header, quoting cells that need it', () => {
    const csv = renderCsv({ ...report2019, legalAid: { note: 'a, "b"' } });
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('year,district,section,figure,value');
    expect(lines).toContain('2019,500106,mediation,mediated,8428');
    expect(lines).toContain('2019,500106,legalAid,note,"a, ""b"""');
    expect(lines).toHaveLength(1 + figureRows({ ...report2019, legalAid: { note: 'x' } }).length);
  });
});

describe('displayWidth and alignedTable', () => {
  it('counts CJK characters and full-width punctuation as two columns', () => {
    expect(displayWidth('调解')).toBe(4);
    expect(displayWidth('成功率97.0%')).toBe(11);
    expect(displayWidth('，。（）')).toBe(8);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('')).toBe(0);
  });

  it('lines up the columns of a table mixing Chinese and ASCII', () => {
    const table = alignedTable(['部分', 'figure'], [['调解', '8428'], ['legalAid', '225.75万元']]);
    const widths = table.split('\n').map(displayWidth);
    expect(new Set(widths).size).toBe(1);
    const bars = table.split('\n').map((line) => [...line].reduce<number[]>((at, ch, i) => (ch === '|' ? [...at, displayWidth([...line].slice(0, i).join(''))] : at), []));
    for (const b of bars) expect(b).toEqual(bars[0]);
  });
});
