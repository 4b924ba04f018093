/**
 * SQLSTATEs that say "try again" rather than "this event is wrong": connection exceptions (class
 * 08), serialization failure, deadlock, the server shutting down or not accepting connections yet,
 * too many connections, a lock not available.
 */
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '57P01', '57P02', '57P03', '53300', '55P03']);

/** Socket-level failures of the database connection. */
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** What node-postgres says when a connection drops or the pool cannot get one (these carry no code). */
const TRANSIENT_MESSAGES = /connection terminated|terminating connection|timeout exceeded when trying to connect|connection is not open|client has encountered a connection error/i;

/**
 * Whether an error applying a batch is worth retrying without counting it against the event:
 * the database or Kafka being away or busy. Anything else (a constraint, a bad cast, a rule the
 * projection enforces) would fail the same way every time.
 */
export function isTransientError(err: unknown): boolean {
  for (let e = err as ErrorLike | undefined, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && (code.startsWith('08') || TRANSIENT_SQLSTATES.has(code) || TRANSIENT_NODE_CODES.has(code))) return true;
    if (typeof e.name === 'string' && e.name.startsWith('KafkaJS')) return true;
    if (typeof e.message === 'string' && TRANSIENT_MESSAGES.test(e.message)) return true;
    e = (e.driverError ?? e.cause) as ErrorLike | undefined;
  }
  return false;
}

interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}
