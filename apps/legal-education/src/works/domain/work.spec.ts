import { awardWork, releaseWork } from './work';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');
const released = () => releaseWork({ id: '00000000-0000-4000-8000-000000000072', title: '学宪法·有办法', kind: 'micro-video', series: 'i-and-the-constitution', releasedAt: at('2019-03-01T09:00:00+08:00') }, now);

describe('a publicity work', () => {
  it('goes released → awarded with the level and rank', () => {
    expect(awardWork(released(), { level: 'national', rank: 'third', awardedAt: at('2019-11-01T09:00:00+08:00') }, now)).toMatchObject({ status: 'awarded', awardLevel: 'national', awardRank: 'third', sequence: 2 });
  });

  it('refuses a second award with a 409 naming the status', () => {
    const w = awardWork(released(), { level: 'city', rank: 'third', awardedAt: at('2019-11-01T09:00:00+08:00') }, now);
    expect(() => awardWork(w, { level: 'national', rank: 'first', awardedAt: at('2019-11-02T09:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'WORK.INVALID_TRANSITION', details: { status: 'awarded' } }),
    );
  });

  it('refuses an award before the release, naming awardedAt', () => {
    expect(() => awardWork(released(), { level: 'city', rank: 'third', awardedAt: at('2019-02-01T09:00:00+08:00') }, now)).toThrow(expect.objectContaining({ details: { field: 'awardedAt' } }));
  });
});
