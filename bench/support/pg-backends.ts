import { Pool } from 'pg';
import { readProcess } from './proc-stats';

/**
 * CPU used by the PostgreSQL backends serving some clients (by application_name, in the bench
 * database) over a window: the database's share of the work, which /proc of the service misses.
 * Backends that connect during the window count from zero; one that ends inside it loses its last part.
 */
export class BackendCpu {
  private readonly start = new Map<number, number>();
  private startedAt = 0;

  constructor(
    private readonly db: Pool,
    private readonly applicationNames: string[],
  ) {}

  private async cpuByPid(): Promise<Map<number, number>> {
    const { rows } = await this.db.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = ANY($1)`,
      [this.applicationNames],
    );
    const out = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        out.set(pid, readProcess(pid).cpuSeconds);
      } catch {
        // ended meanwhile
      }
    }
    return out;
  }

  async begin(): Promise<this> {
    this.startedAt = performance.now();
    for (const [pid, cpu] of await this.cpuByPid()) this.start.set(pid, cpu);
    return this;
  }

  /** CPU seconds of the backends since begin(), and the window's length in seconds. */
  async end(): Promise<{ cpuSeconds: number; seconds: number }> {
    let cpuSeconds = 0;
    for (const [pid, cpu] of await this.cpuByPid()) cpuSeconds += cpu - (this.start.get(pid) ?? 0);
    return { cpuSeconds, seconds: (performance.now() - this.startedAt) / 1000 };
  }
}
