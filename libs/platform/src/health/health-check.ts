import { Admin, Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';

/** One dependency of a service; `check` rejects when it is down (503), and may resolve with a report for the body. */
export interface HealthCheck {
  name: string;
  check(): Promise<void | HealthReport>;
  /**
   * What this check being down means for GET /health/ready: `not-ready` (the default) answers 503,
   * `degraded` is named in the body with 200 (the service still does its job without it, e.g. a
   * case service without Kafka: the outbox keeps the events). GET /health answers 503 for either.
   */
  whenDown?: 'not-ready' | 'degraded';
}

/** What a check that is up adds to /health: `degraded` (a message) is shown but keeps the service ready (200). */
export interface HealthReport {
  degraded?: string;
  detail?: Record<string, unknown>;
}

/** Thrown by a check that is down and has more to say than its message (`detail` goes in the body). */
export class HealthCheckFailure extends Error {
  constructor(message: string, readonly detail: Record<string, unknown>) {
    super(message);
  }
}

/** The checks GET /health runs; a service may append its own at module init (e.g. reporting's consumers). */
export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');

/** The database answers a trivial query. */
export function databaseCheck(dataSource: DataSource): HealthCheck {
  return { name: 'database', check: async () => void (await dataSource.query('SELECT 1')) };
}

/**
 * A Kafka broker answers a metadata request (one admin connection, kept between checks). Down, it
 * leaves a service ready but degraded: case services keep taking writes (the outbox holds their
 * events), reporting keeps serving the figures it has (its live-consumer check says when they go stale).
 */
export function kafkaCheck(kafka: Kafka): HealthCheck & { close(): Promise<void> } {
  let admin: Admin | undefined;
  return {
    name: 'kafka',
    whenDown: 'degraded',
    async check() {
      if (!admin) {
        const fresh = kafka.admin({ retry: { retries: 0 } });
        try {
          await fresh.connect();
        } catch (err) {
          await fresh.disconnect().catch(() => undefined);
          throw err;
        }
        admin = fresh;
      }
      try {
        await admin.describeCluster();
      } catch (err) {
        const stale = admin;
        admin = undefined;
        await stale.disconnect().catch(() => undefined);
        throw err;
      }
    },
    async close() {
      await admin?.disconnect().catch(() => undefined);
    },
  };
}
