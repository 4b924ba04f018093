import { EventContractViolationError } from '@casetrack/messaging';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { DomainError, DomainErrorKind } from '../errors/domain-error';
import { requestRoute, requestTrace } from '../logging/request-logging';
import { PAYLOAD_TOO_LARGE_MESSAGE, unsupportedMediaTypeMessage } from './content-type';
import { ErrorBody, STATUS_TEXT } from './error-body';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'idempotency-mismatch': 422,
  unavailable: 503,
};

// 53300 too_many_connections: PostgreSQL refused a new connection (max_connections reached by every
// process sharing it) — at connect time, so nothing of the request was written; seen when eight
// services and a test run shared one PostgreSQL.
const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '53300', '57P01', '57P02', '57P03', '08006', '08001', '08003']);

/** True for errors meaning "the database is unreachable right now" (answered with 503, not 500). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  if (code && CONNECTION_ERROR_CODES.has(code)) return true;
  const message = e?.message ?? '';
  // TypeORM releases a transaction's connection when it breaks (e.g. a PostgreSQL restart); the
  // transaction's next query, COMMIT or ROLLBACK then fails with "…already released": the same
  // outage, not a bug, and nothing was committed (a retry with the Idempotency-Key is safe).
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)|query runner (was )?already released/i.test(message);
}

/**
 * 422, not 500: the request is refused because of what it contains (a value the request rules let
 * through but the event contract does not), and nothing was written; the fields name the payload
 * fields at fault (usually the request's own field names), so the client can still act on it.
 */
function contractViolationBody(err: EventContractViolationError): ErrorBody {
  const byField = new Map<string, string[]>();
  for (const problem of err.problems) {
    const path = problem.split(' ', 1)[0];
    const field = path.startsWith('payload.') ? path.slice('payload.'.length) : path;
    byField.set(field, [...(byField.get(field) ?? []), problem]);
  }
  return {
    statusCode: 422,
    error: STATUS_TEXT[422],
    code: 'EVENT.CONTRACT_VIOLATION',
    message: `the ${err.eventType} event this request would publish breaks its contract: ${err.problems.join('; ')}`,
    fields: [...byField].map(([field, problems]) => ({ field, problems })),
  };
}

/** What of the request an error body may mention (the content type a 415 names). */
export interface RequestFacts {
  contentType?: string;
}

/**
 * 413 and 415, however they arrive (Fastify's parser errors reach the filter wrapped as Nest HTTP
 * exceptions): Fastify's own texts name neither the content type that was sent nor the limit.
 */
function transportError(statusCode: number, request: RequestFacts): ErrorBody | undefined {
  if (statusCode === 415) return { statusCode, error: STATUS_TEXT[415], code: 'UNSUPPORTED_MEDIA_TYPE', message: unsupportedMediaTypeMessage(request.contentType) };
  if (statusCode === 413) return { statusCode, error: STATUS_TEXT[413], code: 'PAYLOAD_TOO_LARGE', message: PAYLOAD_TOO_LARGE_MESSAGE };
  return undefined;
}

/** Builds the error body for anything thrown while serving a request. */
export function toErrorBody(err: unknown, request: RequestFacts = {}): ErrorBody {
  if (err instanceof DomainError) {
    const statusCode = STATUS_BY_KIND[err.kind];
    return { statusCode, error: STATUS_TEXT[statusCode], code: err.code, message: err.message, details: err.details };
  }
  if (err instanceof EventContractViolationError) return contractViolationBody(err);
  if (err instanceof HttpException) {
    const statusCode = err.getStatus();
    const response = err.getResponse();
    if (typeof response === 'object' && response !== null && 'code' in response) return response as ErrorBody;
    const transport = transportError(statusCode, request);
    if (transport) return transport;
    const message =
      typeof response === 'string'
        ? response
        : Array.isArray((response as { message?: unknown }).message)
          ? ((response as { message: string[] }).message).join('; ')
          : String((response as { message?: unknown }).message ?? err.message);
    const code = /not valid JSON|Unexpected token|JSON at position|Unexpected end of JSON/i.test(message) ? 'MALFORMED_JSON' : `HTTP_${statusCode}`;
    return { statusCode, error: STATUS_TEXT[statusCode] ?? 'Error', code, message };
  }
  // Errors raised by Fastify before the route runs (malformed JSON, wrong content type, too large).
  const fastify = err as { statusCode?: number; code?: string; message?: string };
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    const statusCode = fastify.statusCode;
    const transport = transportError(statusCode, request);
    if (transport) return transport;
    return {
      statusCode,
      error: STATUS_TEXT[statusCode] ?? 'Error',
      code: fastify.code?.startsWith('FST_ERR_CTP_INVALID_JSON') || fastify.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'MALFORMED_JSON' : (fastify.code ?? `HTTP_${statusCode}`),
      message: fastify.message ?? 'bad request',
    };
  }
  if (err instanceof SyntaxError) return { statusCode: 400, error: 'Bad Request', code: 'MALFORMED_JSON', message: err.message };
  if (isDatabaseUnavailable(err))
    return { statusCode: 503, error: STATUS_TEXT[503], code: 'DATABASE_UNAVAILABLE', message: 'the database is unavailable; retry later' };
  return { statusCode: 500, error: STATUS_TEXT[500], code: 'INTERNAL', message: 'internal error' };
}

/** Maps every error to one response shape; domain errors get their status here and only here. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(err: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse();
    const request = (http.getRequest() ?? {}) as { method?: string; headers?: Record<string, unknown> };
    const contentType = request.headers?.['content-type'];
    const body = toErrorBody(err, { contentType: typeof contentType === 'string' ? contentType : undefined });
    // The request's trace and route, never its URL, headers or body.
    const where = { method: request.method, route: requestRoute(request), traceId: requestTrace(request)?.traceId, code: body.code };
    // The stack of a 500 (or a 503): the error's class, message and stack only (errorFields), never a database error's parameters.
    if (body.statusCode >= 500) this.logger.error({ msg: `request failed: ${body.statusCode} ${body.code}`, ...where, err: err instanceof Error ? err : new Error(String(err)) });
    // A request DTO and an event contract disagree: the client got a 422, but the code needs a fix.
    else if (err instanceof EventContractViolationError) this.logger.warn({ msg: err.message, ...where });
    if (body.statusCode === 401) reply.header('WWW-Authenticate', 'Bearer');
    reply.status(body.statusCode).send(body);
  }
}
