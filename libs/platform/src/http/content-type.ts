/** The largest request body a service reads (1 MiB); a larger one is answered 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The media type of a Content-Type header, lower case, without parameters ("application/json; charset=utf-8" → "application/json"). */
function mediaType(header: string | undefined): string | undefined {
  return header?.split(';')[0].trim().toLowerCase() || undefined;
}

interface HookRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * JSON only, before any body is read: a request that carries a body (a Content-Length above 0 or a
 * chunked one) in any other type, or in none, is answered 415. Fastify alone would parse text/plain
 * into a string, and the form-urlencoded parser Nest registers would hand forms to validation (400).
 */
export function refuseForeignContentTypes(fastify: {
  removeContentTypeParser(types: string[]): unknown;
  addHook(name: 'onRequest', hook: (request: HookRequest, reply: unknown, done: (err?: Error) => void) => void): unknown;
}): void {
  fastify.removeContentTypeParser(['text/plain']);
  fastify.addHook('onRequest', (request, _reply, done) => {
    const length = request.headers['content-length'];
    const hasBody = request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
    const type = request.headers['content-type'];
    if (BODY_METHODS.has(request.method) && hasBody && mediaType(typeof type === 'string' ? type : undefined) !== 'application/json')
      return done(Object.assign(new Error('Unsupported Media Type'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }));
    done();
  });
}

/** The message of a 415: names the content type that was sent (or says none was), and the one accepted. */
export function unsupportedMediaTypeMessage(contentType: string | undefined): string {
  const sent = contentType === undefined || contentType.trim() === '' ? 'a body without a Content-Type' : `Content-Type ${JSON.stringify(contentType.slice(0, 100))}`;
  return `${sent} is not accepted; send the body as application/json`;
}

/** The message of a 413. */
export const PAYLOAD_TOO_LARGE_MESSAGE = `the request body is larger than ${BODY_LIMIT_BYTES} bytes (1 MiB), the most a service reads`;
