/**
 * The annual report as a document: Chinese prose in the style of the bureau's published report
 * (沙坪坝区司法局 2019 年度报告), then the figures as a table; and as CSV, one row per figure.
 * Works on the JSON of GET /v1/reports/annual/{year}; a section that is absent is left out.
 */
import { fenToWanYuan } from './money';

type Json = Record<string, any>;

const pct = (rate: Json | null | undefined) => (rate ? rate.display : '—');

function mediationProse(m: Json): string {
  const k = m.committeesByKind ?? {};
  const linked = (k['police-station'] ?? 0) + (k.tribunal ?? 0) + (k.petition ?? 0) + (k.court ?? 0);
  const parts = [`全年共调解纠纷${m.mediated}件，成功${m.succeeded}件，成功率${pct(m.successRate)}`];
  if (k.professional) parts.push(`建立专业性行业性调委会${k.professional}个`);
  if (linked)
    parts.push(
      `建成“警调诉调访调”三调对接人民调解室${linked}个，其中驻派出所人民调解室${k['police-station'] ?? 0}个，驻法庭人民调解室${k.tribunal ?? 0}个，区信访事项调委会${k.petition ?? 0}个，区法院人民调解室${k.court ?? 0}个`,
    );
  return `${parts.join('；')}。`;
}

function legalAidProse(l: Json): string {
  // The exact text: benefitFen is null once the sum is past 2^53.
  return `全年受理援助案件${l.accepted}件，为困难群众挽回损失或取得利益${fenToWanYuan(l.benefitFenText ?? l.benefitFen)}万元。`;
}

function reviewProse(r: Json, lit: Json | undefined): string {
  let text = `全年受理复议${r.accepted}件，审结${r.concluded}件。`;
  if (lit) {
    const role = lit.byRole ?? {};
    text += `全年区政府领导出庭应诉${role['government-leader'] ?? 0}次，区级部门负责人出庭应诉${role['agency-head'] ?? 0}次，出庭应诉率达到${pct(lit.appearanceRate)}。`;
    text += `协调办理以我区行政机关为被告的行政诉讼案件${lit.filed}件。`;
  }
  return text;
}

function fileReviewProse(f: Json): string {
  return `由人大代表、政协委员、法律顾问及专家学者组建评查组，对随机抽取的${f.filesReviewed}宗行政处罚案卷进行集中评查，形成问题清单并向全区通报。`;
}

/** Chinese names of the sections and of the figures the published report uses. */
const SECTION_LABELS: Record<string, string> = {
  mediation: '人民调解',
  legalAid: '法律援助',
  administrativeReview: '行政复议',
  litigation: '行政应诉',
  fileReview: '案卷评查',
};
const FIGURE_LABELS: Record<string, string> = {
  'mediation.registered': '受理纠纷',
  'mediation.mediated': '调解纠纷',
  'mediation.succeeded': '调解成功',
  'mediation.failed': '调解未成功',
  'mediation.withdrawn': '撤回',
  'mediation.successRate': '调解成功率',
  'mediation.committeesByKind.professional': '专业性行业性调委会',
  'mediation.committeesByKind.police-station': '驻派出所人民调解室',
  'mediation.committeesByKind.tribunal': '驻法庭人民调解室',
  'mediation.committeesByKind.court': '区法院人民调解室',
  'mediation.committeesByKind.petition': '区信访事项调委会',
  'mediation.committeesByKind.township': '镇街人民调解委员会',
  'mediation.committeesByKind.community': '村（社区）人民调解委员会',
  'legalAid.applied': '申请援助',
  'legalAid.accepted': '受理援助案件',
  'legalAid.rejected': '不予援助',
  'legalAid.closed': '结案',
  'legalAid.benefitFen': '挽回损失或取得利益（分）',
  'legalAid.benefitYuan': '挽回损失或取得利益（元）',
  'legalAid.medianDaysToAcceptance': '受理用时中位数（天）',
  'administrativeReview.received': '收到复议申请',
  'administrativeReview.accepted': '受理复议',
  'administrativeReview.concluded': '审结',
  'administrativeReview.correctionRate': '纠错率',
  'litigation.filed': '行政诉讼案件',
  'litigation.hearings': '开庭',
  'litigation.headAppearances': '负责人出庭应诉',
  'litigation.byRole.government-leader': '区政府领导出庭应诉',
  'litigation.byRole.agency-head': '区级部门负责人出庭应诉',
  'litigation.appearanceRate': '出庭应诉率',
  'fileReview.filesReviewed': '评查行政处罚案卷',
  'fileReview.averageScore': '平均得分',
  'fileReview.procedureProblemShare': '存在程序问题的案卷占比',
};

/** A section or figure name with its Chinese label in front, where it has one. */
const labelled = (label: string | undefined, name: string) => (label ? `${label} ${name}` : name);

/** Every figure of the report as [section, figure, value] rows (nested objects flattened with dots; amounts as their exact text). */
export function figureRows(report: Json): [string, string, string][] {
  const rows: [string, string, string][] = [];
  const walk = (section: string, prefix: string, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const v = value as Json;
      if ('display' in v && 'numerator' in v) {
        rows.push([section, prefix, `${v.display} (${v.numerator}/${v.denominator})`]);
        return;
      }
      for (const [k, x] of Object.entries(v)) {
        // An amount's exact text (benefitFenText) is the value of its row (benefitFen), not a row of its own.
        if (k.endsWith('FenText') && typeof v[k.slice(0, -'Text'.length)] !== 'undefined') continue;
        const exact = k.endsWith('Fen') && typeof v[`${k}Text`] === 'string' ? v[`${k}Text`] : x;
        walk(section, prefix ? `${prefix}.${k}` : k, exact);
      }
    } else rows.push([section, prefix, value === null ? '—' : String(value)]);
  };
  for (const [key, value] of Object.entries(report)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !['consumerLag'].includes(key)) walk(key, '', value);
  }
  return rows;
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]/.test(ch) ? 2 : 1;
  return w;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** A Markdown table whose columns also line up in a terminal. */
export function alignedTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => padEnd(c, widths[i])).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The report as Markdown: title, seed-style prose, then every figure in a table. */
export function renderMarkdown(report: Json): string {
  const prose: string[] = [];
  if (report.mediation) prose.push(mediationProse(report.mediation));
  if (report.legalAid) prose.push(legalAidProse(report.legalAid));
  if (report.administrativeReview) prose.push(reviewProse(report.administrativeReview, report.litigation));
  if (report.fileReview) prose.push(fileReviewProse(report.fileReview));
  return [
    `# ${report.year}年度司法行政工作主要数据（行政区划代码 ${report.district}）`,
    '',
    ...prose.map((p) => `${p}\n`),
    alignedTable(
      ['部分 section', '指标 figure', '数值 value'],
      figureRows(report).map(([section, figure, value]) => [
        labelled(SECTION_LABELS[section], section),
        labelled(FIGURE_LABELS[`${section}.${figure}`], figure),
        value,
      ]),
    ),
    '',
    `数据截至 ${report.asOf ?? '—'}（${report.timeZone}）。`,
    '',
  ].join('\n');
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The report as CSV: one row per figure (section, figure, value). */
export function renderCsv(report: Json): string {
  const rows = figureRows(report).map((r) => [String(report.year), report.district, ...r]);
  return [['year', 'district', 'section', 'figure', 'value'], ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
