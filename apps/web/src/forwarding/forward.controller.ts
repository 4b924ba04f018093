import { currentTrace, DomainError, traceparentOf } from '@casetrack/platform';
import { All, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { WebRoute } from '../accounts/web-route.decorator';
import { FORWARDED_SERVICES, ForwardedService, WEB_CONFIG, WebConfig } from '../config';
import { CurrentSession } from '../sessions/session.guard';
import { requestHeader, SignedIn, WebRequest } from '../sessions/web-request';
import { mintAccessToken } from './access-token';

interface ForwardReply {
  status(code: number): ForwardReply;
  header(name: string, value: string): ForwardReply;
  send(body: unknown): unknown;
}

// What of the service's answer the browser needs; never its cookies (it sets none) or hop-by-hop headers.
const ANSWER_HEADERS = ['content-type', 'idempotent-replayed', 'retry-after', 'location', 'www-authenticate'];
// What of the browser's request the service needs; never its cookie.
const REQUEST_HEADERS = ['accept', 'idempotency-key'];
const UPSTREAM_TIMEOUT_MS = 30_000;

const isService = (s: string): s is ForwardedService => (FORWARDED_SERVICES as readonly string[]).includes(s);

/**
 * `/api/svc/{service}/…`: the browser's call to one of the five services, sent on with the method,
 * path, query and JSON body it came with, a bearer token minted for the signed-in account and the
 * request's `traceparent`.
 * The service's answer (status, body) comes back as it is.
 */
@WebRoute()
@ApiExcludeController()
@Controller('api/svc')
export class ForwardController {
  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  @All(':service/*')
  async forward(@Param('service') service: string, @CurrentSession() { account }: SignedIn, @Req() request: WebRequest, @Res() reply: ForwardReply): Promise<void> {
    if (!isService(service)) throw new DomainError('WEB.UNKNOWN_SERVICE', `no service ${service}; known: ${FORWARDED_SERVICES.join(', ')}`, 'not-found', { service });
    const rest = request.url.slice(`/api/svc/${service}`.length);
    const headers: Record<string, string> = { authorization: `Bearer ${mintAccessToken(account, this.config.tokenSigning)}` };
    // The service continues this request's trace (the browser's traceparent, or the one started here) under our span.
    const trace = currentTrace();
    if (trace) headers.traceparent = traceparentOf(trace);
    for (const name of REQUEST_HEADERS) {
      const value = requestHeader(request, name);
      if (value !== undefined) headers[name] = value;
    }
    const hasBody = request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD';
    if (hasBody) headers['content-type'] = 'application/json';
    let answer: Response;
    try {
      answer = await fetch(`${this.config.serviceUrls[service]}${rest}`, {
        method: request.method,
        headers,
        body: hasBody ? JSON.stringify(request.body) : undefined,
        redirect: 'manual',
        signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
      });
    } catch (err) {
      throw new DomainError('WEB.SERVICE_UNAVAILABLE', `the ${service} service did not answer: ${(err as Error).message}`, 'unavailable', { service });
    }
    reply.status(answer.status);
    for (const name of ANSWER_HEADERS) {
      const value = answer.headers.get(name);
      if (value !== null) reply.header(name, value);
    }
    reply.send(Buffer.from(await answer.arrayBuffer()));
  }
}
