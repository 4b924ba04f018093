import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './processes';

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = new Socket();
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(2_000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.connect(port, host, () => finish(true));
  });
}

/**
 * Makes sure PostgreSQL and Kafka answer; when one does not, brings the local infrastructure up
 * with scripts/infra/up.sh (it starts only what is missing), and fails naming what is still down.
 */
export async function ensureInfrastructure(databaseUrl: string, brokers: string[], log: (m: string) => void): Promise<void> {
  const db = new URL(databaseUrl);
  const [kHost, kPort] = brokers[0].split(':');
  const check = async () => ({
    postgres: await answers(db.hostname, Number(db.port || 5432)),
    kafka: await answers(kHost, Number(kPort)),
  });
  let state = await check();
  if (state.postgres && state.kafka) return;
  const up = join(ROOT, 'scripts/infra/up.sh');
  if (existsSync(up)) {
    log(`${!state.postgres ? 'PostgreSQL' : 'Kafka'} does not answer: running scripts/infra/up.sh`);
    execFileSync('bash', [up], { cwd: ROOT, stdio: 'inherit' });
    state = await check();
  }
  const down = Object.entries(state).filter(([, ok]) => !ok).map(([name]) => name);
  if (down.length > 0) throw new Error(`${down.join(' and ')} do(es) not answer (${databaseUrl}, ${brokers.join(',')}); start the infrastructure (npm run infra:up) and run again`);
}

/** Fails naming the port when something already listens on one of the bench's ports (a stale service would answer its health checks). */
export async function ensurePortsFree(ports: number[]): Promise<void> {
  const busy: number[] = [];
  for (const port of ports) if (await answers('127.0.0.1', port)) busy.push(port);
  if (busy.length > 0) throw new Error(`port(s) ${busy.join(', ')} already in use: stop what listens there (a previous bench run's service?) and run again`);
}
