import { authHeaders } from '../../support/auth';
import { runPool } from '../../../scripts/load-2019/http-pool';
import { Variant } from './variants';

/** How one request was answered. */
export interface Outcome {
  status: number;
  body: unknown;
  /** Set when the request never got an HTTP answer (connection reset, …). */
  transportError?: string;
}

/** A request whose answer broke the rules, kept for the failure report. */
export interface Violation {
  service: string;
  kind: string;
  label: string;
  path: string;
  status: number;
  problem: string;
  body: string;
}

/** Requests, answers by class and rule violations, per service and variant kind. */
export class Tally {
  readonly rows = new Map<string, { service: string; kind: string; requests: number; s2xx: number; s4xx: number; s5xx: number; other: number }>();
  readonly violations: Violation[] = [];

  count(service: string, kind: string, status: number): void {
    const key = `${service}\u0000${kind}`;
    const row = this.rows.get(key) ?? { service, kind, requests: 0, s2xx: 0, s4xx: 0, s5xx: 0, other: 0 };
    row.requests++;
    if (status >= 200 && status < 300) row.s2xx++;
    else if (status >= 400 && status < 500) row.s4xx++;
    else if (status >= 500) row.s5xx++;
    else row.other++;
    this.rows.set(key, row);
  }

  total(filter: (kind: string) => boolean = () => true): { requests: number; s4xx: number; s5xx: number } {
    const t = { requests: 0, s4xx: 0, s5xx: 0 };
    for (const r of this.rows.values()) {
      if (!filter(r.kind)) continue;
      t.requests += r.requests;
      t.s4xx += r.s4xx;
      t.s5xx += r.s5xx;
    }
    return t;
  }

  /** The summary table: one line per service and kind, then the total. */
  table(): string {
    const lines = [pad(['service', 'kind', 'requests', '2xx', '4xx', '5xx', 'other'])];
    const rows = [...this.rows.values()].sort((a, b) => a.service.localeCompare(b.service) || a.kind.localeCompare(b.kind));
    for (const r of rows) lines.push(pad([r.service, r.kind, r.requests, r.s2xx, r.s4xx, r.s5xx, r.other]));
    const sum = rows.reduce((s, r) => ({ requests: s.requests + r.requests, s2xx: s.s2xx + r.s2xx, s4xx: s.s4xx + r.s4xx, s5xx: s.s5xx + r.s5xx, other: s.other + r.other }), { requests: 0, s2xx: 0, s4xx: 0, s5xx: 0, other: 0 });
    lines.push(pad(['TOTAL', '', sum.requests, sum.s2xx, sum.s4xx, sum.s5xx, sum.other]));
    return lines.join('\n');
  }
}

function pad(cells: (string | number)[]): string {
  const widths = [22, 22, 9, 6, 6, 6, 6];
  return cells.map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' ');
}

/** Sends one request and reads its answer; never throws. */
export async function send(baseUrl: string, v: { path: string; headers: Record<string, string>; body?: string | Uint8Array }): Promise<Outcome> {
  try {
    // An admin token: the fuzz suite probes validation, not access control (tests/access-control.e2e-spec.ts does).
    const res = await fetch(`${baseUrl}${v.path}`, { method: 'POST', headers: { ...authHeaders(), ...v.headers }, body: v.body });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: judged as such below
    }
    return { status: res.status, body };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    return { status: 0, body: undefined, transportError: `${e.message}${e.cause ? ` (${e.cause.code ?? e.cause.message})` : ''}` };
  }
}

/** What is wrong with the answer to an invalid request, or null when it is a proper refusal. */
export function judge(v: Variant, out: Outcome): string | null {
  if (out.transportError) return `no HTTP answer: ${out.transportError}`;
  if (out.status >= 500) return `server error ${out.status}`;
  if (!v.expect.includes(out.status)) return `status ${out.status}, expected ${v.expect.join(' or ')}`;
  const message = (out.body as { message?: unknown } | undefined)?.message;
  if (typeof message !== 'string' || message.trim() === '') return 'error body has no message';
  if (out.status === 400) {
    const missing = v.names.filter((n) => n !== '' && !message.includes(n));
    if (missing.length > 0) return `message does not name ${missing.join(', ')}`;
  }
  return null;
}

/** Sends every variant (`concurrency` in flight), counts the answers and records every violation. */
export async function runVariants(service: string, baseUrl: string, variants: readonly Variant[], tally: Tally, concurrency = 16): Promise<void> {
  await runPool(variants, concurrency, async (v) => {
    const out = await send(baseUrl, v);
    tally.count(service, v.kind, out.status);
    const problem = judge(v, out);
    if (problem) tally.violations.push({ service, kind: v.kind, label: v.label, path: v.path.slice(0, 120), status: out.status, problem, body: JSON.stringify(out.body)?.slice(0, 300) ?? '' });
  });
}

/** A readable list of the first violations, for a failing assertion. */
export function describeViolations(violations: readonly Violation[], max = 40): string {
  const groups = new Map<string, number>();
  for (const x of violations) {
    const key = `${x.service}/${x.kind}: ${x.problem.replace(/name .*/, 'name …')}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const counts = [...groups].map(([key, n]) => `  ${String(n).padStart(5)} × ${key}`);
  const shown = violations.slice(0, max).map((x) => `- [${x.service}/${x.kind}] ${x.label.slice(0, 140)} → ${x.status}: ${x.problem}\n    ${x.path}\n    ${x.body}`);
  return `${violations.length} violation(s):\n${counts.join('\n')}\n${violations.length > max ? `first ${max}:\n` : ''}${shown.join('\n')}`;
}
