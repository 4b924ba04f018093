import { Logger } from '@nestjs/common';
import { logLevel } from 'kafkajs';
import { Writable } from 'node:stream';
import { kafkaJsLogCreator, kafkaJsLogLevel } from './kafka-logs';
import { LogLevel } from './log-config';
import { createLogger, errorFields, withoutQuotedValues } from './logger';
import { PinoNestLogger } from './nest-logger';
import { runInTrace, startTrace } from './trace-context';

/** A service logger writing into an array, one parsed JSON object per line. */
function capture(level: LogLevel = 'info') {
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
  const pino = createLogger('legal-aid', { level, format: 'json' }, out);
  return { pino, nest: new PinoNestLogger(pino), lines, raw };
}

describe('the service logger', () => {
  it('writes one JSON object per line with level, ISO time, service and msg', () => {
    const { pino, lines } = capture();
    pino.info('started');
    expect(lines).toEqual([{ level: 'info', time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), service: 'legal-aid', pid: process.pid, msg: 'started' }]);
  });

  it('stamps the trace id on every line written while serving a traced request', async () => {
    const { pino, lines } = capture();
    const trace = startTrace();
    await runInTrace(trace, async () => {
      await Promise.resolve();
      pino.info('inside');
    });
    pino.info('outside');
    expect(lines.map((l) => [l.msg, l.traceId])).toEqual([['inside', trace.traceId], ['outside', undefined]]);
  });

  it('redacts personal data and secrets wherever a call puts them, two levels down', () => {
    const { pino, raw } = capture();
    const name = '诸葛亮明';
    const idNumber = '11010519491231002X';
    pino.info({ applicantName: name, body: { applicantIdNumber: idNumber, applicantPhone: '13800138000' }, req: { headers: { authorization: 'Bearer abc', cookie: 'casetrack_session=xyz', 'idempotency-key': 'k' } }, password: 'secret-1' }, 'oops');
    const text = raw.join('\n');
    for (const secret of [name, idNumber, '13800138000', 'Bearer abc', 'casetrack_session=xyz', 'secret-1']) expect(text).not.toContain(secret);
    expect(text.match(/\[redacted\]/g)).toHaveLength(7);
  });

  it('keeps of an error its class, code, message and stack, never a database error’s parameters, and takes quoted input values out', () => {
    const err = Object.assign(new Error('invalid input syntax for type uuid: "诸葛亮明"'), { code: '22P02', parameters: ['诸葛亮明'], driverError: { detail: 'Failing row contains (诸葛亮明)' } });
    const { pino, raw, lines } = capture();
    pino.error({ err }, 'failed');
    expect(raw.join('\n')).not.toContain('诸葛亮明');
    expect(lines[0].err).toEqual({ type: 'Error', code: '22P02', message: 'invalid input syntax for type uuid: "[redacted]"', stack: expect.stringContaining('logger.spec.ts') });
    expect(withoutQuotedValues('value "99999999999" is out of range for type integer')).toBe('value "[redacted]" is out of range for type integer');
    expect(withoutQuotedValues('relation "legal_aid.cases" does not exist')).toBe('relation "legal_aid.cases" does not exist');
    expect(errorFields('plain: "text"')).toEqual({ type: 'string', message: 'plain: "[redacted]"' });
  });

  it('is Nest’s logger: context from the last argument, fields from an object message, an Error under err, Nest’s (message, stack, context) contract', () => {
    const { nest, lines } = capture('debug');
    nest.log('Mapped {/v1/cases, POST} route', 'RouterExplorer');
    nest.warn({ msg: 'slow', durationMs: 12 }, 'http');
    nest.error(new Error('boom'), 'relay');
    nest.error('Unhandled', 'Error: boom\n    at x (y.ts:1:1)', 'ExceptionsHandler');
    Logger.overrideLogger(nest);
    try {
      new Logger('relay').error('no stack'); // Nest passes error(message, undefined, 'relay')
    } finally {
      Logger.overrideLogger(false);
    }
    nest.debug('quiet');
    nest.verbose('quieter');
    expect(lines.map(({ level, msg, context }) => ({ level, msg, context }))).toEqual([
      { level: 'info', msg: 'Mapped {/v1/cases, POST} route', context: 'RouterExplorer' },
      { level: 'warn', msg: 'slow', context: 'http' },
      { level: 'error', msg: 'boom', context: 'relay' },
      { level: 'error', msg: 'Unhandled', context: 'ExceptionsHandler' },
      { level: 'error', msg: 'no stack', context: 'relay' },
      { level: 'debug', msg: 'quiet', context: undefined },
    ]);
    expect(lines[4]).not.toHaveProperty('params');
    expect(lines[1].durationMs).toBe(12);
    expect(lines[2].err).toMatchObject({ type: 'Error', message: 'boom' });
    expect(lines[3].stack).toContain('at x (y.ts:1:1)');
  });

  it('takes KafkaJS’s log entries as its own lines, at the level they have', () => {
    const { nest, lines } = capture();
    Logger.overrideLogger(nest);
    try {
      const log = kafkaJsLogCreator(logLevel.INFO);
      log({ namespace: 'Connection', level: logLevel.ERROR, label: 'ERROR', log: { message: 'Connection error: ECONNREFUSED', timestamp: 't', logger: 'kafkajs', broker: '127.0.0.1:9', retryCount: 2 } });
      log({ namespace: 'ConsumerGroup', level: logLevel.WARN, label: 'WARN', log: { message: 'rebalancing', timestamp: 't', logger: 'kafkajs' } });
      log({ namespace: 'Producer', level: logLevel.WARN, label: 'WARN', log: { message: 'Limiting retries for the idempotent producer may invalidate the idempotent guarantees', timestamp: 't', logger: 'kafkajs' } });
    } finally {
      Logger.overrideLogger(false);
    }
    expect(lines).toEqual([
      expect.objectContaining({ level: 'error', context: 'kafkajs', namespace: 'Connection', msg: 'Connection error: ECONNREFUSED', broker: '127.0.0.1:9', retryCount: 2 }),
      expect.objectContaining({ level: 'warn', context: 'kafkajs', namespace: 'ConsumerGroup', msg: 'rebalancing' }),
    ]);
    expect(lines[0]).not.toHaveProperty('timestamp');
    expect([kafkaJsLogLevel('info'), kafkaJsLogLevel('error'), kafkaJsLogLevel('debug'), kafkaJsLogLevel('trace'), kafkaJsLogLevel('silent')]).toEqual([
      logLevel.WARN, logLevel.ERROR, logLevel.INFO, logLevel.DEBUG, logLevel.NOTHING,
    ]);
  });
});
