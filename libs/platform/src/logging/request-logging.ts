import { Logger } from '@nestjs/common';
import type { Logger as PinoLogger } from 'pino';
import { continueTrace, startTrace, TraceContext } from './trace-context';

const TRACE = Symbol('casetrack.trace');
const ACTOR_ID = Symbol('casetrack.actorId');

interface TracedRequest {
  [TRACE]?: TraceContext;
  [ACTOR_ID]?: string;
}

interface HookRequest extends TracedRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  routeOptions?: { url?: string };
}

interface HookReply {
  statusCode: number;
  elapsedTime: number;
}

/** Every field of an access line (its msg is "request"); nothing else is ever written on one. */
interface AccessLine {
  method: string;
  route: string | null;
  status: number;
  durationMs: number;
  traceId: string | undefined;
  spanId: string | undefined;
  actorId: string | null;
}

type Hook = (request: HookRequest, reply: HookReply, done: () => void) => void;

/** The trace of a request (continued from its `traceparent`, or started for it). */
export function requestTrace(request: object): TraceContext | undefined {
  return (request as TracedRequest)[TRACE];
}

/** Records who the request acts as (an id, never a name) for its access line; set by the guards that verify it. */
export function noteRequestActor(request: object, actorId: string): void {
  (request as TracedRequest)[ACTOR_ID] = actorId;
}

/** The route pattern Fastify matched (`/v1/cases/:id`), never the path or query; null for an unknown path. */
export function requestRoute(request: object): string | null {
  return (request as HookRequest).routeOptions?.url ?? null;
}

const isHealth = (route: string | null) => route !== null && route.startsWith('/health');

/**
 * Gives every request a trace (its `traceparent`'s, or a new one) before anything else runs, and
 * writes one access line per request when the answer has gone: method, route pattern, status,
 * duration, trace id and actor id — never the URL's path or query, a header or a body. Probes'
 * successful answers (/health…) are logged at debug, so a probe every few seconds does not drown the log.
 * `accessLog` (createAccessLogger) writes the lines straight to the service's pino logger; without
 * it they go through Nest's `Logger('http')` (in-process test apps), the same fields either way.
 */
export function registerRequestLogging(fastify: { addHook(name: 'onRequest' | 'onResponse', hook: Hook): unknown }, accessLog?: PinoLogger): void {
  const logger = new Logger('http');
  const write = (debug: boolean, fields: AccessLine) => {
    if (accessLog) {
      if (debug) accessLog.debug(fields, 'request');
      else accessLog.info(fields, 'request');
    } else if (debug) logger.debug({ msg: 'request', ...fields });
    else logger.log({ msg: 'request', ...fields });
  };
  fastify.addHook('onRequest', (request, _reply, done) => {
    request[TRACE] = continueTrace(request.headers.traceparent) ?? startTrace();
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const trace = request[TRACE];
    const route = requestRoute(request);
    const line: AccessLine = {
      method: request.method,
      route,
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime * 10) / 10,
      traceId: trace?.traceId,
      spanId: trace?.spanId,
      actorId: request[ACTOR_ID] ?? null,
    };
    write(isHealth(route) && reply.statusCode < 300, line);
    done();
  });
}
