import { CheckOutcome, summarizeHealth } from './health-summary';

const up = (name: string, whenDown: CheckOutcome['whenDown'] = 'not-ready'): CheckOutcome => ({ name, status: 'up', ms: 1, whenDown });
const down = (name: string, whenDown: CheckOutcome['whenDown'] = 'not-ready'): CheckOutcome => ({ name, status: 'down', ms: 2, error: 'Connection error', whenDown });

describe('summarizeHealth', () => {
  it('is ok with 200 when every check is up, in both modes', () => {
    for (const mode of ['summary', 'readiness'] as const)
      expect(summarizeHealth([up('database'), up('kafka', 'degraded')], mode)).toEqual({
        httpStatus: 200,
        body: { status: 'ok', checks: { database: { status: 'up', ms: 1 }, kafka: { status: 'up', ms: 1 } } },
      });
  });

  it('keeps /health as it was: Kafka down is 503 naming it', () => {
    expect(summarizeHealth([up('database'), down('kafka', 'degraded')], 'summary')).toEqual({
      httpStatus: 503,
      body: { status: 'down', down: ['kafka'], message: 'kafka is down', checks: { database: { status: 'up', ms: 1 }, kafka: { status: 'down', ms: 2, error: 'Connection error' } } },
    });
  });

  it('stays ready with Kafka down, naming it as degraded with why', () => {
    expect(summarizeHealth([up('database'), down('kafka', 'degraded')], 'readiness')).toEqual({
      httpStatus: 200,
      body: {
        status: 'degraded',
        degraded: ['kafka'],
        message: 'kafka is degraded',
        checks: { database: { status: 'up', ms: 1 }, kafka: { status: 'degraded', ms: 2, error: 'Connection error', message: 'kafka is down; the service does its job without it meanwhile' } },
      },
    });
  });

  it('is not ready without the database or with a stalled consumer, and names every problem', () => {
    const answer = summarizeHealth([down('database'), down('kafka', 'degraded'), { ...down('live-consumer'), detail: { lag: { t: 3 } } }], 'readiness');
    expect(answer.httpStatus).toBe(503);
    expect(answer.body).toMatchObject({ status: 'down', down: ['database', 'live-consumer'], degraded: ['kafka'], message: 'database and live-consumer are down; kafka is degraded' });
    expect(answer.body.checks['live-consumer']).toEqual({ lag: { t: 3 }, status: 'down', ms: 2, error: 'Connection error' });
  });
});
