import { loadIdempotencyConfig } from './idempotency-config';

describe('loadIdempotencyConfig', () => {
  it('works on local defaults, flagged, outside production: 7 days, batches of 1000 every 10 minutes', () => {
    expect(loadIdempotencyConfig({})).toMatchObject({ developmentSecret: true, ttlHours: 168, pruneBatchSize: 1000, pruneIntervalSeconds: 600 });
  });

  it('refuses to start without IDEMPOTENCY_SECRET when NODE_ENV=production', () => {
    expect(() => loadIdempotencyConfig({ NODE_ENV: 'production' })).toThrow(/IDEMPOTENCY_SECRET must be set when NODE_ENV=production/);
    const secret = 'a'.repeat(32);
    expect(loadIdempotencyConfig({ NODE_ENV: 'production', IDEMPOTENCY_SECRET: secret })).toMatchObject({ secret, developmentSecret: false });
  });

  it('names every malformed setting at once, never printing the secret', () => {
    let message = '';
    try {
      loadIdempotencyConfig({ IDEMPOTENCY_SECRET: 'short-secret', IDEMPOTENCY_TTL_HOURS: '0', IDEMPOTENCY_PRUNE_BATCH_SIZE: 'many', IDEMPOTENCY_PRUNE_INTERVAL_SECONDS: '-1' });
    } catch (err) {
      message = (err as Error).message;
    }
    for (const name of ['IDEMPOTENCY_SECRET', 'IDEMPOTENCY_TTL_HOURS', 'IDEMPOTENCY_PRUNE_BATCH_SIZE', 'IDEMPOTENCY_PRUNE_INTERVAL_SECONDS']) expect(message).toContain(name);
    expect(message).not.toContain('short-secret');
  });
});
