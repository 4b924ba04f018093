import { Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'typeorm';

/**
 * The one database logger of every casetrack service (createDataSource installs it). TypeORM's own
 * logger prints a failed query's parameters, and parameters carry applicants' names, identity
 * numbers and phones, free-text reasons and the like. This one logs the SQL text and the error code
 * only: never parameters, never the driver's `detail` (PostgreSQL quotes the failing row there).
 */
export class ParameterFreeQueryLogger implements Logger {
  constructor(private readonly out: Pick<NestLogger, 'error' | 'warn' | 'log'> = new NestLogger('database')) {}

  logQuery(): void {}

  // `parameters` is taken and dropped on purpose: it may hold personal data.
  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    const code = typeof error === 'object' ? ((error as { code?: string }).code ?? error.name) : 'error';
    this.out.error(`query failed (${code}): ${query.replace(/\s+/g, ' ').trim()}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.out.warn(`slow query (${time} ms): ${query.replace(/\s+/g, ' ').trim()}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.out.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn(String(message));
  }
}
