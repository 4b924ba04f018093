/** One scrape of GET /metrics, parsed: every sample by its name and labels. */
export interface Scrape {
  status: number;
  text: string;
  /** The value of the sample `name{labels}` (labels matched as a subset; `service` is ignored); undefined when absent. */
  value(name: string, labels?: Record<string, string>): number | undefined;
  /** Every sample of a metric name, with its labels. */
  samples(name: string): { labels: Record<string, string>; value: number }[];
  /** The sum of every sample of `name` whose labels include `labels`. */
  sum(name: string, labels?: Record<string, string>): number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Parses the Prometheus text exposition format (what prom-client writes). */
export function parseMetrics(text: string, status = 200): Scrape {
  const all: { name: string; labels: Record<string, string>; value: number }[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = SAMPLE.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(LABEL)) labels[l[1]] = l[2].replace(/\\"/g, '"').replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
    all.push({ name: m[1], labels, value: Number(m[3]) });
  }
  const matches = (have: Record<string, string>, want: Record<string, string>) => Object.entries(want).every(([k, v]) => have[k] === v);
  const samples = (name: string) => all.filter((s) => s.name === name).map(({ labels, value }) => ({ labels, value }));
  return {
    status,
    text,
    samples,
    value: (name, labels = {}) => samples(name).find((s) => matches(s.labels, labels))?.value,
    sum: (name, labels = {}) => samples(name).filter((s) => matches(s.labels, labels)).reduce((n, s) => n + s.value, 0),
  };
}

/** Scrapes a service's /metrics (with `token` as the bearer token when given). */
export async function scrape(baseUrl: string, token?: string): Promise<Scrape> {
  const res = await fetch(`${baseUrl}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return parseMetrics(await res.text(), res.status);
}
