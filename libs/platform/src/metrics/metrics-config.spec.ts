import { loadMetricsConfig } from './metrics-config';

describe('loadMetricsConfig', () => {
  it('leaves /metrics open outside production when no token is set', () => {
    expect(loadMetricsConfig({})).toEqual({ token: null });
  });

  it('refuses to start without METRICS_TOKEN when NODE_ENV=production, naming it', () => {
    expect(() => loadMetricsConfig({ NODE_ENV: 'production' })).toThrow(/invalid configuration: METRICS_TOKEN must be set when NODE_ENV=production/);
    const token = 'm'.repeat(32);
    expect(loadMetricsConfig({ NODE_ENV: 'production', METRICS_TOKEN: token })).toEqual({ token });
  });

  it('refuses a short token in any environment, without printing it', () => {
    for (const env of [{ METRICS_TOKEN: 'short-token' }, { NODE_ENV: 'production', METRICS_TOKEN: 'short-token' }]) {
      let message = '';
      try {
        loadMetricsConfig(env);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toBe('invalid configuration: METRICS_TOKEN must be at least 32 characters long');
    }
  });
});
