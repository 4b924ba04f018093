import { AsyncLocalStorage } from 'node:async_hooks';
import { randomFillSync } from 'node:crypto';

/**
 * Where a piece of work sits in a trace (W3C Trace Context): `traceId` is the request id that
 * follows a change from the HTTP request into its event and the consumer's log lines; `spanId` is
 * this service's part of it; `flags` the caller's trace flags (01 = sampled).
 */
export interface TraceContext {
  traceId: string;
  spanId: string;
  flags: string;
}

const storage = new AsyncLocalStorage<TraceContext>();
const HEX = /^[0-9a-f]+$/;
const allZero = (s: string) => /^0+$/.test(s);

// Random bytes for ids, drawn 4 KiB at a time (one system call per ~170 requests instead of two
// per request, which the profile showed); each byte is used once.
const pool = Buffer.allocUnsafe(4096);
let poolOffset = pool.length;

function randomHex(bytes: number): string {
  if (poolOffset + bytes > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const hex = pool.toString('hex', poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return hex;
}

/**
 * The trace a `traceparent` header names, with a new span of our own under it; undefined when the
 * header is absent or malformed (W3C Trace Context level 1: version 00 has exactly four fields; a
 * later version may append fields, which are ignored; version ff and all-zero ids are invalid).
 */
export function continueTrace(header: string | string[] | undefined): TraceContext | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== 'string' || value.length < 55) return undefined;
  const parts = value.trim().toLowerCase().split('-');
  const [version, traceId, parentId, flags] = parts;
  if (parts.length < 4 || version.length !== 2 || !HEX.test(version) || version === 'ff') return undefined;
  if (version === '00' && parts.length !== 4) return undefined;
  if (traceId.length !== 32 || !HEX.test(traceId) || allZero(traceId)) return undefined;
  if (parentId.length !== 16 || !HEX.test(parentId) || allZero(parentId)) return undefined;
  if (flags.length !== 2 || !HEX.test(flags)) return undefined;
  return { traceId, spanId: newSpanId(), flags };
}

/** A new trace (random ids), for a request that came without a valid `traceparent`. */
export function startTrace(): TraceContext {
  for (;;) {
    const traceId = randomHex(16);
    if (!allZero(traceId)) return { traceId, spanId: newSpanId(), flags: '01' };
  }
}

/** The `traceparent` to send on (an HTTP call, a Kafka record) so the receiver continues this trace under this span. */
export function traceparentOf(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.flags}`;
}

/** The trace id a `traceparent` value carries, or undefined when it is malformed. */
export function traceIdOf(traceparent: string | undefined | null): string | undefined {
  return traceparent ? continueTrace(traceparent)?.traceId : undefined;
}

/** The trace of the work being done (an HTTP request's handler and everything it awaits); undefined outside one. */
export function currentTrace(): TraceContext | undefined {
  return storage.getStore();
}

/** Runs `work` (and everything it awaits) within `trace`. */
export function runInTrace<T>(trace: TraceContext, work: () => T): T {
  return storage.run(trace, work);
}

function newSpanId(): string {
  for (;;) {
    const id = randomHex(8);
    if (!allZero(id)) return id;
  }
}
