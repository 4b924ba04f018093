/**
 * The annual report as a document: Chinese prose in the style of the bureau's published report
 * (沙坪坝区司法局 2019 年度报告), then the figures as a table; and as CSV, one row per figure.
 * Works on the JSON of GET /v1/reports/annual/{year}; a section that is absent is left out.
 */
import { REPORT_AREA_DEFINITIONS } from '../areas/report-areas';

type Json = Record<string, any>;

/** Chinese names of the sections and of the figures the published report uses (each area's definition holds its own). */
const SECTION_LABELS: Record<string, string> = Object.fromEntries(REPORT_AREA_DEFINITIONS.map((a) => [a.sectionKey, a.label]));
const FIGURE_LABELS: Record<string, string> = Object.fromEntries(
  REPORT_AREA_DEFINITIONS.flatMap((a) => Object.entries(a.figureLabels ?? {}).map(([figure, label]) => [`${a.sectionKey}.${figure}`, label])),
);

/**
 * The paragraphs of the report's prose, area by area in the report's order; an area whose prose
 * continues goes on the paragraph of the area before it, and is left out when that one is.
 */
function paragraphs(report: Json): string[] {
  const out: string[] = [];
  let previousSpoke = false;
  for (const area of REPORT_AREA_DEFINITIONS) {
    const section = report[area.sectionKey];
    const spoke: boolean = Boolean(section && area.prose && (!area.prose.continues || previousSpoke));
    if (spoke) {
      const text = [area.prose!.text(section, report)].flat();
      if (area.prose!.continues) out[out.length - 1] = (area.prose!.leads?.(section, report) ?? '') + out[out.length - 1] + text.join('');
      else out.push(...text);
    }
    previousSpoke = spoke;
  }
  return out;
}

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
  const prose = paragraphs(report);
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
