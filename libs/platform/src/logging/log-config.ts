import { EnvReader } from '../config/env';

/** pino's levels, most severe first; `silent` logs nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** `json`: one JSON object per line (files, log shippers); `pretty`: coloured lines for a terminal. */
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogConfig {
  /** The least severe level written (LOG_LEVEL). */
  level: LogLevel;
  /** How lines are written (LOG_FORMAT). */
  format: LogFormat;
}

const oneOf = <T extends string>(values: readonly T[]) => (v: string): v is T => (values as readonly string[]).includes(v);

/**
 * LOG_LEVEL (default info) and LOG_FORMAT (default json) from the environment. Throws naming each
 * malformed one and the values it accepts, so a service refuses to start on a typo.
 */
export function loadLogConfig(env: NodeJS.ProcessEnv = process.env): LogConfig {
  const r = new EnvReader(env);
  const level = r.matching('LOG_LEVEL', 'info', oneOf(LOG_LEVELS), `one of ${LOG_LEVELS.join(', ')}`) as LogLevel;
  const format = r.matching('LOG_FORMAT', 'json', oneOf(LOG_FORMATS), `one of ${LOG_FORMATS.join(', ')}`) as LogFormat;
  r.done();
  return { level, format };
}
