import { loadServiceConfig } from './service-config';

describe('loadServiceConfig', () => {
  it('works with no environment at all, on the local defaults', () => {
    expect(loadServiceConfig('mediation', 3001, {})).toMatchObject({
      serviceName: 'mediation',
      host: '0.0.0.0',
      port: 3001,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/casetrack',
      databasePoolSize: 10,
      databaseIdleTransactionTimeoutSeconds: 30,
      kafkaBrokers: ['127.0.0.1:9092'],
      districtCode: '500106',
      timeZone: 'Asia/Shanghai',
      relayEnabled: true,
      auth: expect.objectContaining({ issuer: 'casetrack-web', audience: 'casetrack', developmentKey: true }),
      businessTimeMaxSkewSeconds: 300,
    });
  });

  it('reads how far ahead of the clock a business time may be, and refuses a negative or fractional skew', () => {
    expect(loadServiceConfig('mediation', 3001, { BUSINESS_TIME_MAX_SKEW_SECONDS: '60' }).businessTimeMaxSkewSeconds).toBe(60);
    for (const bad of ['-1', '1.5', 'soon', '86401'])
      expect(() => loadServiceConfig('mediation', 3001, { BUSINESS_TIME_MAX_SKEW_SECONDS: bad })).toThrow(/BUSINESS_TIME_MAX_SKEW_SECONDS/);
  });

  it('reads how long a transaction may sit idle, in whole seconds from 1 to 3600', () => {
    expect(loadServiceConfig('mediation', 3001, { DATABASE_IDLE_TRANSACTION_TIMEOUT_SECONDS: '5' }).databaseIdleTransactionTimeoutSeconds).toBe(5);
    for (const bad of ['0', '2.5', 'long', '3601'])
      expect(() => loadServiceConfig('mediation', 3001, { DATABASE_IDLE_TRANSACTION_TIMEOUT_SECONDS: bad })).toThrow(/DATABASE_IDLE_TRANSACTION_TIMEOUT_SECONDS/);
  });

  it('takes the port from <SERVICE>_PORT before PORT', () => {
    expect(loadServiceConfig('legal-aid', 3002, { PORT: '4000' }).port).toBe(4000);
    expect(loadServiceConfig('legal-aid', 3002, { PORT: '4000', LEGAL_AID_PORT: '4002' }).port).toBe(4002);
  });

  it('reads a list of brokers, a district and a zone', () => {
    const config = loadServiceConfig('reporting', 3005, { KAFKA_BROKERS: 'k1:9092, k2:9093', DISTRICT_CODE: '500103', TIME_ZONE: 'Asia/Urumqi', RELAY_ENABLED: 'no' });
    expect(config).toMatchObject({ kafkaBrokers: ['k1:9092', 'k2:9093'], districtCode: '500103', timeZone: 'Asia/Urumqi', relayEnabled: false });
  });

  it('stops with one message naming every malformed setting', () => {
    const bad = { MEDIATION_PORT: '70000', DATABASE_URL: 'mysql://x', DISTRICT_CODE: '5001', TIME_ZONE: 'Mars/Olympus', RELAY_ENABLED: 'maybe', KAFKA_BROKERS: 'localhost' };
    let message = '';
    try {
      loadServiceConfig('mediation', 3001, bad);
    } catch (err) {
      message = (err as Error).message;
    }
    for (const name of Object.keys(bad)) expect(message).toContain(name);
    expect(message).toMatch(/^invalid configuration: /);
  });
});
