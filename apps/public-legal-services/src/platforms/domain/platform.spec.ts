import { closePlatform, registerPlatform, standardisePlatform } from './platform';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');
const platform = () => registerPlatform({ id: '00000000-0000-4000-8000-000000000070', level: 'station', name: '渝碚路街道公共法律服务工作站', registeredAt: at('2019-01-01T00:00:00+08:00') }, now);

describe('a public legal service platform', () => {
  it('is standardised once, not before it was registered, then closes, not before it was standardised', () => {
    expect(platform()).toMatchObject({ status: 'registered', standardisedAt: null, closedAt: null, sequence: 1 });
    expect(() => standardisePlatform(platform(), { standardisedAt: at('2018-12-31T00:00:00+08:00') }, now)).toThrow(expect.objectContaining({ details: { field: 'standardisedAt' } }));
    const done = standardisePlatform(platform(), { standardisedAt: at('2019-06-30T00:00:00+08:00') }, now);
    expect(done).toMatchObject({ status: 'standardised', sequence: 2 });
    expect(() => standardisePlatform(done, { standardisedAt: at('2019-07-30T00:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'PLATFORM.INVALID_TRANSITION', message: 'cannot standardise a platform whose status is standardised' }),
    );
    expect(() => closePlatform(done, { closedAt: at('2019-06-01T00:00:00+08:00') }, now)).toThrow(expect.objectContaining({ details: { field: 'closedAt' } }));
    const closed = closePlatform(done, { closedAt: at('2019-08-01T00:00:00+08:00') }, now);
    expect(closed).toMatchObject({ status: 'closed', sequence: 3 });
    expect(() => closePlatform(closed, { closedAt: at('2019-09-01T00:00:00+08:00') }, now)).toThrow(expect.objectContaining({ code: 'PLATFORM.INVALID_TRANSITION', details: { status: 'closed' } }));
  });

  it('may close before it is standardised, and then is never standardised', () => {
    const closed = closePlatform(platform(), { closedAt: at('2019-03-01T00:00:00+08:00') }, now);
    expect(closed).toMatchObject({ status: 'closed', standardisedAt: null });
    expect(() => standardisePlatform(closed, { standardisedAt: at('2019-04-01T00:00:00+08:00') }, now)).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });
});
