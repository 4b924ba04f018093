/** The largest request body a service reads (1 MiB); a larger one is answered 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** JSON only: without this Fastify hands text/plain bodies to the routes as strings. Every other type has no parser and is a 415. */
export function refuseForeignContentTypes(fastify: { removeContentTypeParser(types: string[]): unknown }): void {
  fastify.removeContentTypeParser(['text/plain']);
}

/** The message of a 415: names the content type that was sent (or says none was), and the one accepted. */
export function unsupportedMediaTypeMessage(contentType: string | undefined): string {
  const sent = contentType === undefined || contentType.trim() === '' ? 'a body without a Content-Type' : `Content-Type ${JSON.stringify(contentType.slice(0, 100))}`;
  return `${sent} is not accepted; send the body as application/json`;
}

/** The message of a 413. */
export const PAYLOAD_TOO_LARGE_MESSAGE = `the request body is larger than ${BODY_LIMIT_BYTES} bytes (1 MiB), the most a service reads`;
