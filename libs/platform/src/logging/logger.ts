import pino, { DestinationStream, Logger } from 'pino';
import pretty from 'pino-pretty';
import { LogConfig } from './log-config';
import { currentTrace } from './trace-context';

/**
 * Field names whose values are personal data or secrets: replaced by "[redacted]" wherever a log
 * call puts them (at the top of the object or up to two levels down). Log lines are built from
 * ids, codes and counts; this is the net under a mistake, not the rule.
 */
export const REDACTED_FIELDS = [
  'applicantName', 'applicantIdNumber', 'applicantPhone', 'displayName', 'username',
  'password', 'currentPassword', 'newPassword', 'oneTimePassword', 'csrfToken', 'token',
  'authorization', 'cookie', '["set-cookie"]', 'idempotency-key',
  // A TypeORM QueryFailedError's bound values and the driver's error (PostgreSQL's `detail` quotes the failing row).
  'parameters', 'driverError',
] as const;

const field = (name: string) => (name.startsWith('[') ? name : /^[A-Za-z_$][\w$]*$/.test(name) ? name : `["${name}"]`);
export const REDACT_PATHS = REDACTED_FIELDS.flatMap((name) => {
  const f = field(name);
  const sep = f.startsWith('[') ? '' : '.';
  return [f, `*${sep}${f}`, `*.*${sep}${f}`];
});

/** REDACTED_FIELDS at the top level of a line only, for lines whose fields are fixed and flat (access lines). */
const TOP_LEVEL_REDACT_PATHS = REDACTED_FIELDS.map(field);

/**
 * The logger of access lines: a child of the service logger with `context: "http"`, writing the
 * same JSON lines (level, time, service, trace id) but redacting REDACTED_FIELDS at the top level
 * only. An access line is flat and its fields are fixed (registerRequestLogging: method, route
 * pattern, status, duration, trace and span ids, actor id), so the wildcard paths, which walk
 * every key two levels down on every line, find nothing there; the top-level net stays.
 */
export function createAccessLogger(root: Logger): Logger {
  return root.child({ context: 'http' }, { redact: { paths: TOP_LEVEL_REDACT_PATHS, censor: '[redacted]' } });
}

/**
 * An error message without the input values PostgreSQL quotes in it (`invalid input syntax for
 * type uuid: "…"`, `value "…" is out of range for type integer`): those are what a request sent.
 * Quoted names of tables, columns and constraints (`relation "x"`) stay.
 */
export function withoutQuotedValues(text: string): string {
  // Greedy to the line's last quote: PostgreSQL does not escape a quote inside the value.
  return text.replace(/: "[^\n]*"/g, ': "[redacted]"').replace(/\bvalue "[^\n]*?" is /g, 'value "[redacted]" is ');
}

/**
 * What of an error a log line keeps: its class, code, message and stack, with quoted input values
 * taken out (withoutQuotedValues). Never its other own properties: a database error carries the
 * query's parameters and the failing row.
 */
export function errorFields(err: unknown): { type: string; message: string; code?: string; stack?: string } {
  if (!(err instanceof Error)) return { type: typeof err, message: withoutQuotedValues(String(err)) };
  const code = (err as { code?: unknown }).code;
  return {
    type: err.constructor?.name ?? err.name,
    message: withoutQuotedValues(err.message),
    ...(typeof code === 'string' ? { code } : {}),
    ...(err.stack ? { stack: withoutQuotedValues(err.stack) } : {}),
  };
}

/**
 * The root logger of a service: one JSON object per line with `level` (a name), `time` (ISO 8601),
 * `service`, `msg`, and `traceId` when the line is written while serving a traced request; the
 * fields in REDACTED_FIELDS redacted; errors reduced to errorFields. `pretty` writes the same lines
 * for a terminal (synchronously, on this thread). `destination` is for tests (default: stdout).
 */
export function createLogger(service: string, config: LogConfig, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.level,
    base: { service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: errorFields },
    mixin: () => {
      const trace = currentTrace();
      return trace ? { traceId: trace.traceId } : {};
    },
  };
  // Synchronous writes: a line logged just before process.exit (a refused start) is not lost.
  const out = destination ?? (config.format === 'pretty' ? pretty({ sync: true, colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', singleLine: true, messageFormat: '{service} {context}: {msg}', ignore: 'pid,hostname,service,context' }) : pino.destination({ dest: 1, sync: true }));
  return pino(options, out);
}
