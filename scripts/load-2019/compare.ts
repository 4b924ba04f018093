import { rate } from '../../apps/reporting/src/annual-report/rate';
import { ExpectedFigures } from './area-loader';

/** Reads a dotted path (`successRate.display`) inside a report section. */
export function figureAt(section: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), section);
}

/** Lists every expected figure that the report section does not show exactly. */
export function differences(section: unknown, expected: ExpectedFigures): string[] {
  return Object.entries(expected)
    .filter(([path, want]) => figureAt(section, path) !== want)
    .map(([path, want]) => `${path}: expected ${JSON.stringify(want)}, report shows ${JSON.stringify(figureAt(section, path))}`);
}

/** A rate as expected figures under its path (`correctionRate.display` …), or the path itself when it is null. */
export function rateFigures(path: string, numerator: number, denominator: number): ExpectedFigures {
  const r = rate(numerator, denominator);
  if (r === null) return { [path]: null };
  return { [`${path}.value`]: r.value, [`${path}.display`]: r.display, [`${path}.numerator`]: r.numerator, [`${path}.denominator`]: r.denominator };
}
