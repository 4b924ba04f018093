import { Writable } from 'node:stream';
import { createHttpAdapter } from '../http/bootstrap';
import { createAccessLogger, createLogger } from './logger';
import { noteRequestActor, registerRequestLogging } from './request-logging';

/** A service logger writing into an array, one parsed JSON object per line, and the raw text. */
function capture() {
  const lines: Record<string, any>[] = [];
  const raw: string[] = [];
  const out = new Writable({
    write(chunk, _enc, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line));
      }
      done();
    },
  });
  return { pino: createLogger('legal-aid', { level: 'info', format: 'json' }, out), lines, raw };
}

describe('access lines written straight to the service logger', () => {
  it('names method, route pattern, status, duration, trace and actor — never the path, the query, a header or the body', async () => {
    const { pino, lines, raw } = capture();
    const fastify = createHttpAdapter().getInstance();
    registerRequestLogging(fastify, createAccessLogger(pino));
    fastify.post('/v1/cases/:id', async (request) => {
      noteRequestActor(request, 'u-clerk');
      return { ok: true };
    });
    const name = '诸葛亮明';
    const idNumber = '11010519491231002X';
    const traceparent = `00-${'4bf92f3577b34da6a3ce929d0e0e4736'}-${'00f067aa0ba902b7'}-01`;
    const res = await fastify.inject({
      method: 'POST',
      url: `/v1/cases/${encodeURIComponent(idNumber)}?applicantName=${encodeURIComponent(name)}`,
      headers: { authorization: 'Bearer secret-token', 'idempotency-key': 'key-1', traceparent, 'content-type': 'application/json' },
      payload: { applicantName: name, applicantIdNumber: idNumber },
    });
    await fastify.inject({ method: 'GET', url: `/nowhere/${idNumber}` });
    await fastify.close();
    expect(res.statusCode).toBe(200);
    const text = raw.join('\n');
    for (const secret of [name, encodeURIComponent(name), idNumber, 'secret-token', 'key-1']) expect(text).not.toContain(secret);
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0]).sort()).toEqual(['actorId', 'context', 'durationMs', 'level', 'method', 'msg', 'pid', 'route', 'service', 'spanId', 'status', 'time', 'traceId']);
    expect(lines[0]).toMatchObject({ level: 'info', context: 'http', msg: 'request', method: 'POST', route: '/v1/cases/:id', status: 200, traceId: '4bf92f3577b34da6a3ce929d0e0e4736', actorId: 'u-clerk' });
    expect(lines[1]).toMatchObject({ context: 'http', msg: 'request', method: 'GET', route: null, status: 404, actorId: null });
  });

  it('still redacts a field of REDACTED_FIELDS put at the top of a line', () => {
    const { pino, raw } = capture();
    createAccessLogger(pino).info({ token: 'secret-token', applicantName: '诸葛亮明', status: 200 }, 'request');
    expect(raw.join('\n')).not.toMatch(/secret-token|诸葛亮明/);
    expect(JSON.parse(raw[0])).toMatchObject({ token: '[redacted]', applicantName: '[redacted]', status: 200, context: 'http' });
  });
});
