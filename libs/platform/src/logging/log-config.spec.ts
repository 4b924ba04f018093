import { loadLogConfig } from './log-config';

describe('loadLogConfig', () => {
  it('logs JSON at info with no environment at all', () => {
    expect(loadLogConfig({})).toEqual({ level: 'info', format: 'json' });
  });

  it('reads every pino level and both formats', () => {
    for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      expect(loadLogConfig({ LOG_LEVEL: level, LOG_FORMAT: 'pretty' })).toEqual({ level, format: 'pretty' });
  });

  it('refuses a level or format it does not know, naming the variable, the value and what it accepts', () => {
    expect(() => loadLogConfig({ LOG_LEVEL: 'verbose' })).toThrow(
      'invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
    );
    expect(() => loadLogConfig({ LOG_LEVEL: 'INFO', LOG_FORMAT: 'text' })).toThrow(/LOG_LEVEL must be one of .*got "INFO"; LOG_FORMAT must be one of json, pretty, got "text"/);
  });
});
