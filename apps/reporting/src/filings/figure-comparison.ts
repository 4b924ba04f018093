import { REPORT_AREA_DEFINITIONS } from '../areas/report-areas';

type Json = Record<string, unknown>;

/** A journalled event: what it changed, in which area. */
export interface ChangeEvent {
  eventId: string;
  type: string;
  caseId: string;
  area: string;
  changes: Record<string, number>;
}

/** A figure as filed and as it is now, and the events since the filing that touched it. */
export interface ComparedFigure {
  filed: unknown;
  now: unknown;
  changed: boolean;
  events: string[];
}

/** The area whose journal entries feed each report section. */
export const SECTION_AREAS: Readonly<Record<string, string>> = Object.fromEntries(REPORT_AREA_DEFINITIONS.map((a) => [a.sectionKey, a.area]));

/** Each section's derived figures and the journalled figures they are computed from (areas' `sources`). */
const SOURCES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = Object.fromEntries(
  REPORT_AREA_DEFINITIONS.map((a) => [a.sectionKey, a.sources ?? {}]),
);

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isRate = (v: unknown): v is { value: number } => isObject(v) && 'numerator' in v && 'denominator' in v;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function sourcesOf(section: string, path: string): readonly string[] {
  const table = SOURCES[section] ?? {};
  return table[path] ?? table[path.split('.')[0]] ?? [path];
}

/**
 * Beside every figure of the filed sections, its value now, whether it changed, and the ids of the
 * events since the filing that touched it (a figure derived from others, like a rate, is touched by
 * the events that touched those). Rates compare as their ratio; a figure present on one side only
 * compares with null. Pure.
 */
export function compareWithFiling(filedAsStored: Json, now: Json, events: readonly ChangeEvent[]): Json {
  const filed = withFenText(filedAsStored) as Json;
  const out: Json = {};
  // In the order of the report now: a filing's figures come back from jsonb with their keys reordered.
  for (const section of new Set([...Object.keys(now), ...Object.keys(filed)])) {
    const area = SECTION_AREAS[section];
    const ofArea = events.filter((e) => e.area === area);
    const walk = (a: unknown, b: unknown, path: string): unknown => {
      if (isRate(a) || isRate(b) || !(isObject(a) || isObject(b))) {
        const value = (v: unknown) => (isRate(v) ? v.value : (v ?? null));
        const sources = sourcesOf(section, path);
        const touching = ofArea.filter((e) => sources.some((s) => (e.changes[s] ?? 0) !== 0)).map((e) => e.eventId);
        return { filed: value(a), now: value(b), changed: !same(a ?? null, b ?? null), events: touching } satisfies ComparedFigure;
      }
      const ao = isObject(a) ? a : {};
      const bo = isObject(b) ? b : {};
      const node: Json = {};
      for (const key of new Set([...Object.keys(bo), ...Object.keys(ao)])) node[key] = walk(ao[key], bo[key], path === '' ? key : `${path}.${key}`);
      return node;
    };
    out[section] = walk(filed[section], now[section], '');
  }
  return out;
}

/**
 * A filing from before amounts had their exact text (`benefitFenText`) gets it from its number, which
 * was always exact then: the text did not change since that filing, it did not exist yet.
 */
function withFenText(node: unknown): unknown {
  if (!isObject(node) || isRate(node)) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = withFenText(v);
    if (k.endsWith('Fen') && typeof v === 'number' && Number.isSafeInteger(v) && !(`${k}Text` in node)) out[`${k}Text`] = String(v);
  }
  return out;
}

/** Paths (`mediation.succeeded`) of the figures that changed since the filing, in report order. */
export function changedPaths(compared: Json): string[] {
  const paths: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (isObject(node) && 'changed' in node && 'filed' in node) {
      if (node.changed) paths.push(path);
      return;
    }
    if (isObject(node)) for (const [k, v] of Object.entries(node)) walk(v, path === '' ? k : `${path}.${k}`);
  };
  walk(compared, '');
  return paths;
}
