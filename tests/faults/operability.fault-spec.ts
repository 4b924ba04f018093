import { Topics } from '@casetrack/contracts';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { TopicTap } from '../../libs/messaging/test-support/topic-tap';
import { eventually } from '../support/test-env';
import { mainOf, ROOT } from './support/build';
import { FaultCluster } from './support/fault-cluster';
import { ServiceProcess } from './support/service-process';

// Operating casetrack, against the services as real processes (their stdout is their log, as in
// .run/logs/ and under Docker), a private broker and a private PostgreSQL: the logs are JSON lines
// without personal data, /health/live and /health/ready answer as documented with Kafka down,
// and a traceparent sent on a conclusion is found on its event and in reporting's log.

type Line = Record<string, any>;

const newTraceId = () => randomBytes(16).toString('hex');
const traceparent = (traceId: string) => `00-${traceId}-${randomBytes(8).toString('hex')}-01`;

/** Every line of a service's log, parsed; a line that is not JSON fails here, naming it. */
function logLines(service: ServiceProcess): Line[] {
  return readLog(service.spec.logFile);
}

function readLog(file: string): Line[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      try {
        return JSON.parse(l) as Line;
      } catch {
        throw new Error(`${file}: a line that is not JSON: ${l.slice(0, 300)}`);
      }
    });
}

async function call(service: ServiceProcess, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const res = await fetch(`${service.url}${path}`, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

describe('operating casetrack: logs, health and traces of the services as processes', () => {
  let cluster: FaultCluster;
  let auth: Record<string, string>;
  let committeeCode: string;

  beforeAll(async () => {
    cluster = await FaultCluster.start({ scenario: 'operability' });
    auth = cluster.authHeaders();
    committeeCode = `OPS-${randomBytes(3).toString('hex')}`;
    const made = await call(cluster.service('mediation'), 'POST', '/v1/committees', auth, { code: committeeCode, name: '运维测试人民调解委员会', kind: 'community', establishedAt: '2018-03-01T09:00:00+08:00' });
    expect(made.status).toBe(201);
  }, 300_000);

  afterAll(async () => {
    await cluster?.dispose();
  }, 60_000);

  it('carries the traceparent sent on a conclusion into its event’s Kafka header, the access line and reporting’s log line', async () => {
    const mediation = cluster.service('mediation');
    const dispute = await call(mediation, 'POST', '/v1/disputes', auth, { committeeCode, category: 'neighbourhood', source: 'walk-in', receivedAt: '2019-05-06T09:00:00+08:00', partyCount: 2 });
    expect(dispute.status).toBe(201);
    const traceId = newTraceId();
    const concluded = await call(mediation, 'POST', `/v1/disputes/${dispute.body.id}/conclusion`, { ...auth, traceparent: traceparent(traceId) }, { result: 'success', concludedAt: '2019-05-20T15:00:00+08:00', agreement: 'written' });
    expect(concluded.status).toBe(200);

    // The event, as the broker holds it: the header continues the request's trace.
    const kafka = new Kafka({ clientId: 'operability-tap', brokers: cluster.kafka.brokers, logLevel: logLevel.NOTHING });
    const tap = await TopicTap.open(kafka, Topics.mediation, 'fromBeginning', (m) => m.event?.caseId === dispute.body.id);
    try {
      await eventually(async () => tap.messages.length, (n) => n >= 2, 60_000, 'the dispute’s two events on the topic');
      const [registered, conclusion] = [...tap.messages].sort((a, b) => a.event!.sequence - b.event!.sequence);
      expect(conclusion.event!.type).toBe('mediation.dispute.concluded');
      expect(conclusion.headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
      // The registration came without a traceparent: it got a trace of its own.
      expect(registered.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      expect(registered.headers.traceparent).not.toContain(traceId);
    } finally {
      await tap.close();
    }

    // One search for the trace id: the conclusion's access line, then the batch that reached the figures.
    const access = logLines(mediation).filter((l) => l.traceId === traceId);
    expect(access).toContainEqual(expect.objectContaining({ level: 'info', context: 'http', msg: 'request', method: 'POST', route: '/v1/disputes/:id/conclusion', status: 200, actorId: 'fault-admin', durationMs: expect.any(Number) }));
    const applied = await eventually(
      async () => logLines(cluster.reporting[0]).filter((l) => JSON.stringify(l).includes(traceId)),
      (lines) => lines.length > 0,
      60_000,
      'reporting’s log line with the trace id',
    );
    expect(applied[0]).toMatchObject({ level: 'info', service: 'reporting', context: 'reporting-consumer', topic: Topics.mediation, applied: expect.any(Number), traceIds: expect.arrayContaining([traceId]) });
  }, 180_000);

  it('keeps a case service ready (degraded, naming kafka) while Kafka is down, alive throughout, and /health at 503 as before', async () => {
    const mediation = cluster.service('mediation');
    const reporting = cluster.reporting[0];
    const get = async (s: ServiceProcess, path: string) => call(s, 'GET', path, {});
    expect(await get(mediation, '/health/ready')).toMatchObject({ status: 200, body: { status: 'ok' } });
    await cluster.kafka.stop();
    try {
      await eventually(() => get(mediation, '/health'), (h) => h.status === 503, 30_000, 'mediation’s /health to see Kafka down');
      const [live, ready, summary, reportingReady] = await Promise.all([get(mediation, '/health/live'), get(mediation, '/health/ready'), get(mediation, '/health'), get(reporting, '/health/ready')]);
      expect(live).toEqual({ status: 200, body: { status: 'ok' } });
      expect(ready).toMatchObject({ status: 200, body: { status: 'degraded', degraded: ['kafka'], checks: { database: { status: 'up' }, kafka: { status: 'degraded', error: expect.any(String) } } } });
      expect(ready.body.down).toBeUndefined();
      expect(summary).toMatchObject({ status: 503, body: { status: 'down', down: ['kafka'] } });
      // Reporting still serves its figures: ready, kafka degraded, its live consumer not counted as stalled.
      expect(reportingReady).toMatchObject({ status: 200, body: { status: 'degraded', degraded: expect.arrayContaining(['kafka']), checks: { database: { status: 'up' } } } });
      // What "ready" promises: writes go on, their events wait in the outbox.
      const written = await call(mediation, 'POST', '/v1/disputes', auth, { committeeCode, category: 'contract', source: 'walk-in', receivedAt: '2019-06-01T09:00:00+08:00', partyCount: 3 });
      expect(written.status).toBe(201);
    } finally {
      await cluster.kafka.start();
    }
    await eventually(() => get(mediation, '/health/ready'), (h) => h.status === 200 && h.body.status === 'ok', 60_000, 'mediation ready and ok again');
  }, 240_000);

  it('writes every log line as JSON with level, time and msg, and no applicant’s name or ID number anywhere', async () => {
    const legalAid = cluster.service('legal-aid');
    const name = '诸葛亮明';
    const idNumber = '11010519491231002X';
    const traceId = newTraceId();
    const applied = await call(legalAid, 'POST', '/v1/cases', { ...auth, traceparent: traceparent(traceId) }, {
      applicantGroups: ['elderly'], caseType: 'civil', matter: 'family', channel: 'walk-in', appliedAt: '2019-03-01T10:00:00+08:00', applicantName: name, applicantIdNumber: idNumber,
    });
    expect(applied.status).toBe(201);
    const id = applied.body.id as string;
    // The full values in an answer, a refused ID number, the ID number in a query string and a route that does not exist.
    expect((await call(legalAid, 'GET', `/v1/cases/${id}/personal-data`, auth)).body).toMatchObject({ applicantName: name, applicantIdNumber: idNumber });
    const refused = await call(legalAid, 'POST', '/v1/cases', auth, { applicantGroups: ['elderly'], caseType: 'civil', matter: 'family', channel: 'walk-in', appliedAt: '2019-03-01T10:00:00+08:00', applicantName: name, applicantIdNumber: '110105194912310021' });
    expect(refused.status).toBe(400);
    expect((await call(legalAid, 'GET', `/v1/cases?applicantIdNumber=${idNumber}&applicantName=${encodeURIComponent(name)}`, auth)).status).toBe(400);
    expect((await call(legalAid, 'GET', `/v1/nowhere/${encodeURIComponent(name)}`, auth)).status).toBe(404);
    // The case's event reached reporting (a line with its trace id), so reporting's handling of it is in its log too.
    await eventually(async () => logLines(cluster.reporting[0]).some((l) => l.traceIds?.includes(traceId)), Boolean, 60_000, 'reporting applying the legal aid case');

    const files = readdirSync(cluster.runDir).filter((f) => f.endsWith('.log'));
    expect(files.sort()).toEqual(['administrative-review.log', 'file-review.log', 'legal-aid.log', 'mediation.log', 'reporting.log']);
    let lines = 0;
    for (const file of files) {
      const path = join(cluster.runDir, file);
      const text = readFileSync(path, 'utf8');
      for (const secret of [name, '亮明', idNumber, '19491231002', '110105194912310021', encodeURIComponent(name), 'applicantIdNumber='])
        expect({ file, secret, found: text.includes(secret) }).toEqual({ file, secret, found: false });
      for (const line of readLog(path)) {
        lines++;
        expect({ file, level: typeof line.level, time: typeof line.time, msg: typeof line.msg, service: line.service }).toEqual({ file, level: 'string', time: 'string', msg: 'string', service: file.replace(/\.log$/, '') });
        expect(Number.isNaN(Date.parse(line.time))).toBe(false);
        // An access line names the route pattern, never the path or the query.
        if (line.msg === 'request') expect(Object.keys(line).sort()).toEqual(['actorId', 'context', 'durationMs', 'level', 'method', 'msg', 'pid', 'route', 'service', 'spanId', 'status', 'time', 'traceId']);
      }
    }
    expect(lines).toBeGreaterThan(100);
    const access = logLines(legalAid).filter((l) => l.msg === 'request' && l.context === 'http');
    expect(access).toContainEqual(expect.objectContaining({ method: 'POST', route: '/v1/cases', status: 201, traceId, actorId: 'fault-admin' }));
    expect(access).toContainEqual(expect.objectContaining({ method: 'GET', route: '/v1/cases/:id/personal-data', status: 200 }));
    expect(access).toContainEqual(expect.objectContaining({ method: 'GET', route: '/v1/cases', status: 400 }));
    expect(access).toContainEqual(expect.objectContaining({ method: 'GET', route: null, status: 404 }));
  }, 180_000);

  it('refuses to start on a malformed LOG_LEVEL, saying so in one JSON line', () => {
    const run = spawnSync(process.execPath, [mainOf('mediation')], { cwd: ROOT, env: { PATH: process.env.PATH, LOG_LEVEL: 'loud' }, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines).toEqual([expect.objectContaining({ level: 'fatal', service: 'mediation', msg: 'could not start: invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud"' })]);
  });
});
