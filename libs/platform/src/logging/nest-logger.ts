import { LoggerService } from '@nestjs/common';
import { Level, Logger } from 'pino';
import { errorFields } from './logger';

/**
 * Nest's LoggerService on a pino logger, so everything that logs through Nest's `Logger` (Nest
 * itself, the platform, TypeORM's ParameterFreeQueryLogger, KafkaJS, the relay, the consumers)
 * writes the service's JSON lines. Nest passes the logger's context (`new Logger('http')`) as the
 * last argument: it becomes the `context` field. A message may be an object of fields (its `msg`
 * is the message) or an Error (its errorFields under `err`).
 */
export class PinoNestLogger implements LoggerService {
  constructor(readonly pino: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    // Nest fills an absent stack with undefined: error(message, undefined, context).
    const rest = params.filter((p) => p !== undefined);
    if (rest.length > 0 && typeof rest[rest.length - 1] === 'string') fields.context = rest.pop();
    // Nest's own exception handlers call error(message, stack[, context]).
    if (level === 'error' && typeof rest[0] === 'string' && /\n\s*at /.test(rest[0])) fields.stack = rest.shift();
    let text: string | undefined;
    if (message instanceof Error) {
      fields.err = message;
      text = message.message;
    } else if (typeof message === 'object' && message !== null) {
      const { msg, ...more } = message as { msg?: unknown };
      Object.assign(fields, more);
      text = msg === undefined ? undefined : String(msg);
    } else {
      text = String(message);
    }
    if (rest.length > 0) fields.params = rest.map((p) => (p instanceof Error ? errorFields(p) : typeof p === 'object' && p !== null ? '[object]' : String(p)));
    this.pino[level](fields, text);
  }
}
