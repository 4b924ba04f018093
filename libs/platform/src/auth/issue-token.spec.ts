import { readTokenSigning } from '../config/auth-config';
import { issueToken, renewingAuthHeaders } from './issue-token';

describe('issueToken', () => {
  it('lives 15 minutes by default and refuses to issue a longer-lived token', () => {
    const payload = JSON.parse(Buffer.from(issueToken({ sub: 'u-1', role: 'admin' }).split('.')[1], 'base64url').toString());
    expect(payload.exp - payload.iat).toBe(900);
    expect(() => issueToken({ sub: 'u-1', role: 'admin' }, readTokenSigning({}), { ttl: '8h' })).toThrow('lifetime must be 1 to 900 seconds');
  });
});

describe('renewingAuthHeaders', () => {
  afterEach(() => jest.useRealTimers());

  it('mints a new token when the last one is older than the renewal interval, wherever the headers are read', () => {
    jest.useFakeTimers({ now: new Date('2026-03-01T08:00:00Z') });
    let minted = 0;
    const headers = renewingAuthHeaders(() => `t${++minted}`, 300);
    expect([{ ...headers }, new Headers(headers).get('authorization'), JSON.parse(JSON.stringify(headers))]).toEqual([
      { authorization: 'Bearer t1' },
      'Bearer t1',
      { authorization: 'Bearer t1' },
    ]);
    jest.setSystemTime(new Date('2026-03-01T08:04:59Z'));
    expect(headers.authorization).toBe('Bearer t1');
    jest.setSystemTime(new Date('2026-03-01T08:05:00Z'));
    expect({ ...headers, 'idempotency-key': 'k' }).toEqual({ authorization: 'Bearer t2', 'idempotency-key': 'k' });
  });
});
