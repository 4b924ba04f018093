import { isTransientError } from './transient-error';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
/** The shape TypeORM's QueryFailedError gives a driver error: its fields copied, and the original kept. */
const queryFailed = (code: string) => Object.assign(new Error('query failed'), { name: 'QueryFailedError', code, driverError: pgError(code) });

describe('isTransientError', () => {
  it.each([
    ['08006 connection failure', pgError('08006')],
    ['08001 cannot connect', pgError('08001')],
    ['40001 serialization failure', queryFailed('40001')],
    ['40P01 deadlock', queryFailed('40P01')],
    ['57P01 admin shutdown', pgError('57P01')],
    ['57P03 cannot connect now', pgError('57P03')],
    ['ECONNREFUSED', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['a Kafka error', Object.assign(new Error('broker gone'), { name: 'KafkaJSConnectionError' })],
    ['a cause that is transient', new Error('wrapped', { cause: pgError('40P01') })],
  ])('retries %s without counting it', (_, err) => {
    expect(isTransientError(err)).toBe(true);
  });

  it.each([
    ['22012 division by zero', queryFailed('22012')],
    ['23505 unique violation', queryFailed('23505')],
    ['23514 check violation', pgError('23514')],
    ['42P01 undefined table', pgError('42P01')],
    ['a plain rule error', new Error('committee MSG-INT is unknown')],
    ['something that is not an error', 'boom'],
  ])('counts %s as a failure of the event', (_, err) => {
    expect(isTransientError(err)).toBe(false);
  });
});
