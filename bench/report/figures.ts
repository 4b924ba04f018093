/** How a figure is judged against its goal. */
export type Goal =
  | { kind: 'none' }
  /** casetrack ≥ min (absolute) and, when given, casetrack/baseline ≥ minRatio. */
  | { kind: 'atLeast'; min?: number; minRatio?: number }
  /** casetrack < max. */
  | { kind: 'below'; max: number }
  /** casetrack must equal this exactly. */
  | { kind: 'equals'; value: number | string };

/** One row of the report table. */
export interface Figure {
  scenario: string;
  figure: string;
  unit: string;
  casetrack: number | string | null;
  baseline: number | null;
  /** casetrack / baseline, when both are numbers. */
  ratio: number | null;
  goal: string;
  /** null when the figure has no goal. */
  met: boolean | null;
}

function describeGoal(goal: Goal, unit: string): string {
  switch (goal.kind) {
    case 'none':
      return '—';
    case 'atLeast': {
      const parts: string[] = [];
      if (goal.min !== undefined) parts.push(`≥ ${goal.min.toLocaleString('en-US')} ${unit}`);
      if (goal.minRatio !== undefined) parts.push(`≥ ${Math.round(goal.minRatio * 100)} % of baseline`);
      return parts.join(' and ');
    }
    case 'below':
      return `< ${goal.max.toLocaleString('en-US')} ${unit}`;
    case 'equals':
      return `= ${goal.value}`;
  }
}

function judge(goal: Goal, value: number | string | null, ratio: number | null): boolean | null {
  if (goal.kind === 'none') return null;
  if (value === null) return false;
  if (goal.kind === 'equals') return value === goal.value;
  if (typeof value !== 'number') return false;
  if (goal.kind === 'below') return value < goal.max;
  if (goal.min !== undefined && value < goal.min) return false;
  if (goal.minRatio !== undefined && (ratio === null || ratio < goal.minRatio)) return false;
  return true;
}

/** Builds a row: computes the ratio and whether the goal is met. */
export function figure(
  scenario: string,
  name: string,
  unit: string,
  casetrack: number | string | null,
  baseline: number | null = null,
  goal: Goal = { kind: 'none' },
): Figure {
  const ratio = typeof casetrack === 'number' && baseline !== null && baseline > 0 ? casetrack / baseline : null;
  return { scenario, figure: name, unit, casetrack, baseline, ratio, goal: describeGoal(goal, unit), met: judge(goal, casetrack, ratio) };
}

/** A row saying a scenario could not be measured, and why. */
export function failedScenario(scenario: string, err: unknown): Figure {
  const message = (err as Error)?.message?.split('\n')[0] ?? String(err);
  return { scenario, figure: `not measured: ${message}`, unit: '', casetrack: null, baseline: null, ratio: null, goal: 'runs', met: false };
}

/** What a scenario hands back: its rows, and notes (method, anomalies) for the report. */
export interface ScenarioResult {
  figures: Figure[];
  notes: string[];
  /** Raw measurements, kept in latest.json. */
  details: Record<string, unknown>;
}
