/** One check's outcome, before it is put in a body. */
export interface CheckOutcome {
  name: string;
  status: 'up' | 'degraded' | 'down';
  ms: number;
  message?: string;
  error?: string;
  whenDown: 'not-ready' | 'degraded';
  /** Facts the check adds (e.g. a consumer's lag). */
  detail?: Record<string, unknown>;
}

/** A health answer: the HTTP status and the body (HealthReportDto). */
export interface HealthAnswer {
  httpStatus: 200 | 503;
  body: {
    status: 'ok' | 'degraded' | 'down';
    down?: string[];
    degraded?: string[];
    message?: string;
    checks: Record<string, Record<string, unknown>>;
  };
}

/**
 * The answer of GET /health (`summary`: any check down is 503) or GET /health/ready (`readiness`:
 * a check whose being down only degrades the service is reported as degraded, with 200).
 */
export function summarizeHealth(outcomes: readonly CheckOutcome[], mode: 'summary' | 'readiness'): HealthAnswer {
  const results = outcomes.map((o) =>
    mode === 'readiness' && o.status === 'down' && o.whenDown === 'degraded'
      ? { ...o, status: 'degraded' as const, message: `${o.name} is down; the service does its job without it meanwhile` }
      : o,
  );
  const down = results.filter((r) => r.status === 'down').map((r) => r.name);
  const degraded = results.filter((r) => r.status === 'degraded').map((r) => r.name);
  const names = (list: string[], what: string) => `${list.join(' and ')} ${list.length > 1 ? 'are' : 'is'} ${what}`;
  return {
    httpStatus: down.length === 0 ? 200 : 503,
    body: {
      status: down.length > 0 ? 'down' : degraded.length > 0 ? 'degraded' : 'ok',
      ...(down.length > 0 ? { down } : {}),
      ...(degraded.length > 0 ? { degraded } : {}),
      ...(down.length + degraded.length > 0 ? { message: [down.length > 0 && names(down, 'down'), degraded.length > 0 && names(degraded, 'degraded')].filter(Boolean).join('; ') } : {}),
      checks: Object.fromEntries(
        results.map(({ name, status, ms, message, error, detail }) => [name, { ...detail, status, ms, ...(message !== undefined ? { message } : {}), ...(error !== undefined ? { error } : {}) }]),
      ),
    },
  };
}
