import { carriesToken } from './metrics-endpoint';

describe('the metrics token check', () => {
  const token = 't'.repeat(40);

  it('accepts exactly Bearer <token>', () => {
    expect(carriesToken(`Bearer ${token}`, token)).toBe(true);
  });

  it('refuses no header, another scheme, another token, a prefix of it and an empty one', () => {
    for (const header of [undefined, '', token, `Basic ${token}`, `Bearer ${token}x`, `Bearer ${token.slice(1)}`, 'Bearer ', `bearer  ${token}`])
      expect([header, carriesToken(header, token)]).toEqual([header, false]);
  });
});
