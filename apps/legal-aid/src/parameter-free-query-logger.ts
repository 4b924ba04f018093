import { Injectable, Logger as NestLogger, OnModuleInit } from '@nestjs/common';
import { DataSource, Logger } from 'typeorm';

/**
 * TypeORM's own logger prints a failed query's parameters, and this service's parameters include
 * applicants' names and identity numbers. This one logs the SQL text and the error code only: no
 * parameters, no driver `detail` (PostgreSQL puts the failing row there).
 */
export class ParameterFreeQueryLogger implements Logger {
  constructor(private readonly out: Pick<NestLogger, 'error' | 'warn' | 'log'> = new NestLogger('database')) {}

  logQuery(): void {}

  // `parameters` is taken and dropped on purpose: it holds names and identity numbers.
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

/** Puts the parameter-free logger on the service's DataSource before any request runs. */
@Injectable()
export class PersonalDataSafeLogging implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.dataSource.setOptions({ logger: new ParameterFreeQueryLogger() });
  }
}
