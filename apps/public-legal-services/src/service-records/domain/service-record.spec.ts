import { closePlatform, registerPlatform } from '../../platforms/domain/platform';
import { recordService } from './service-record';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');
const centre = registerPlatform({ id: '00000000-0000-4000-8000-000000000071', level: 'centre', name: '沙坪坝区公共法律服务中心', registeredAt: at('2018-06-01T09:00:00+08:00') }, now);
const input = (servedAt: string) => ({ id: '00000000-0000-4000-8000-000000000072', channel: 'walk-in' as const, kind: 'consultation' as const, persons: 3, servedAt: at(servedAt), note: null });

describe('a service record', () => {
  it('carries its platform and level, and is refused before the platform opened (400 naming servedAt)', () => {
    expect(recordService(centre, input('2019-03-01T10:00:00+08:00'), now)).toMatchObject({ platformId: centre.id, level: 'centre', persons: 3, sequence: 1 });
    expect(() => recordService(centre, input('2018-05-31T10:00:00+08:00'), now)).toThrow(expect.objectContaining({ kind: 'invalid', details: { field: 'servedAt' } }));
  });

  it('is refused at a closed platform from its closure on (409 naming the status), and accepted before it', () => {
    const closed = closePlatform(centre, { closedAt: at('2019-06-01T00:00:00+08:00') }, now);
    expect(() => recordService(closed, input('2019-06-01T00:00:00+08:00'), now)).toThrow(expect.objectContaining({ kind: 'conflict', code: 'PLATFORM.INVALID_TRANSITION', details: { status: 'closed' } }));
    expect(recordService(closed, input('2019-05-31T23:00:00+08:00'), now).level).toBe('centre');
  });
});
