import { continueTrace, currentTrace, runInTrace, startTrace, traceIdOf, traceparentOf } from './trace-context';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const HEADER = `00-${TRACE}-00f067aa0ba902b7-01`;

describe('trace context (W3C traceparent)', () => {
  it('continues the caller’s trace under a new span of its own, keeping the flags', () => {
    const trace = continueTrace(HEADER)!;
    expect(trace).toEqual({ traceId: TRACE, spanId: expect.stringMatching(/^[0-9a-f]{16}$/), flags: '01' });
    expect(trace.spanId).not.toBe('00f067aa0ba902b7');
    expect(traceparentOf(trace)).toBe(`00-${TRACE}-${trace.spanId}-01`);
    expect(continueTrace(HEADER.toUpperCase())?.traceId).toBe(TRACE);
    expect(continueTrace([HEADER, 'junk'])?.traceId).toBe(TRACE);
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['version ff', `ff-${TRACE}-00f067aa0ba902b7-01`],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-00f067aa0ba902b7-01`],
    ['an all-zero parent id', `00-${TRACE}-0000000000000000-01`],
    ['a short trace id', `00-${TRACE.slice(1)}-00f067aa0ba902b7-01`],
    ['not hex', `00-${TRACE.slice(0, 31)}g-00f067aa0ba902b7-01`],
    ['version 00 with a fifth field', `${HEADER}-extra`],
    ['a request id that is not a traceparent', 'req-12345678901234567890123456789012345678901234567890123'],
  ])('ignores a traceparent that is %s', (_, header) => {
    expect(continueTrace(header)).toBeUndefined();
  });

  it('accepts a later version with more fields, reading only the first four', () => {
    expect(continueTrace(`01-${TRACE}-00f067aa0ba902b7-00-future`)).toMatchObject({ traceId: TRACE, flags: '00' });
  });

  it('starts a fresh random trace for a request without one', () => {
    const [a, b] = [startTrace(), startTrace()];
    expect(a.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(a.traceId).not.toBe(b.traceId);
    expect(traceIdOf(traceparentOf(a))).toBe(a.traceId);
    expect(traceIdOf(null)).toBeUndefined();
  });

  it('is the current trace inside runInTrace and everything it awaits, and none outside', async () => {
    const trace = startTrace();
    expect(currentTrace()).toBeUndefined();
    const seen = await runInTrace(trace, async () => {
      await new Promise((r) => setTimeout(r, 1));
      return currentTrace();
    });
    expect(seen).toBe(trace);
    expect(currentTrace()).toBeUndefined();
  });
});
