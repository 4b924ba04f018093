import { renameSync, writeFileSync } from 'node:fs';
import { Figure } from './figures';

/** Where and on what the figures were measured. */
export interface MachineRecord {
  startedAt: string;
  finishedAt: string;
  mode: 'full' | 'quick';
  cores: number;
  cpuModel: string;
  memoryGb: number;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  commit: string;
  uncommittedChanges: boolean | null;
  node: string;
  kafkajs: string;
  postgres: string;
  runId: string;
}

export interface BenchReport {
  machine: MachineRecord;
  figures: Figure[];
  notes: Record<string, string[]>;
  details: Record<string, unknown>;
}

function formatNumber(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = unit === '%' || Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

const cell = (value: number | string | null, unit: string) =>
  value === null ? '—' : typeof value === 'string' ? value : `${formatNumber(value, unit)}${unit ? ` ${unit}` : ''}`;

const metText = (met: boolean | null) => (met === null ? '' : met ? 'yes' : '**no**');

/** The report as Markdown: the machine, the table (one row per figure), then each scenario's notes. */
export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `# casetrack benchmark (${m.mode} run)`,
    '',
    `- started ${m.startedAt}, finished ${m.finishedAt}; run id \`${m.runId}\``,
    `- machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGb} GB; load average at start ${m.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')}, at end ${m.loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')} (other engineers' work shares the machine)`,
    `- commit ${m.commit}${m.uncommittedChanges ? ' with uncommitted changes in the working tree' : ''}; Node ${m.node}, KafkaJS ${m.kafkajs}, PostgreSQL ${m.postgres}`,
    '',
    '| scenario | figure | casetrack | baseline | ratio | goal | met? |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...report.figures.map(
      (f) =>
        `| ${f.scenario} | ${f.figure} | ${cell(f.casetrack, f.unit)} | ${cell(f.baseline, f.unit)} | ${f.ratio === null ? '—' : `${(f.ratio * 100).toFixed(0)} %`} | ${f.goal} | ${metText(f.met)} |`,
    ),
    '',
  ];
  for (const [scenario, notes] of Object.entries(report.notes)) {
    if (notes.length === 0) continue;
    lines.push(`## ${scenario}`, '', ...notes.map((n) => `- ${n}`), '');
  }
  return lines.join('\n');
}

/** Prints the table to the console (the Markdown table reads well there too). */
export function printTable(report: BenchReport): void {
  const md = renderMarkdown(report);
  console.log(md.slice(0, md.indexOf('\n## ') > 0 ? md.indexOf('\n## ') : md.length));
}

/** Writes `<base>.md` and `<base>.json`; the JSON goes through a .tmp file so a reader never sees half of it. */
export function writeReport(report: BenchReport, base: string): void {
  writeFileSync(`${base}.md`, renderMarkdown(report));
  writeFileSync(`${base}.json.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(`${base}.json.tmp`, `${base}.json`);
}
