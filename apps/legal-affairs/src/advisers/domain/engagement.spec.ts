import { endEngagement, engageAdviser, recordWork } from './engagement';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');
const WORK_ID = '00000000-0000-4000-8000-0000000000bb';
const engaged = () =>
  engageAdviser({ id: '00000000-0000-4000-8000-000000000030', unit: '沙坪坝区司法局', adviser: '重庆某某律师事务所', adviserKind: 'law-firm', startedAt: at('2019-01-02T09:00:00+08:00') }, now);

describe("an adviser's engagement", () => {
  it('records work while engaged, counting it and moving the sequence', () => {
    const { engagement, work } = recordWork(engaged(), { id: WORK_ID, kind: 'case-represented', performedAt: at('2019-05-06T10:00:00+08:00') }, now);
    expect(work).toMatchObject({ id: WORK_ID, engagementId: engagement.id, kind: 'case-represented' });
    expect(engagement).toMatchObject({ status: 'engaged', workRecordCount: 1, sequence: 2, lastWorkAt: at('2019-05-06T10:00:00+08:00') });
  });

  it('refuses work dated before the engagement started, naming performedAt', () => {
    expect(() => recordWork(engaged(), { id: WORK_ID, kind: 'special-service', performedAt: at('2018-12-31T10:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ kind: 'invalid', details: { field: 'performedAt' } }),
    );
  });

  it('ends, and then takes no more work and no second end (409 naming the status)', () => {
    const ended = endEngagement(engaged(), { endedAt: at('2019-12-31T17:00:00+08:00') }, now);
    expect(ended).toMatchObject({ status: 'ended', sequence: 2 });
    expect(() => recordWork(ended, { id: WORK_ID, kind: 'special-service', performedAt: at('2019-06-01T10:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'ENGAGEMENT.INVALID_TRANSITION', message: 'cannot record work under an engagement whose status is ended' }),
    );
    expect(() => endEngagement(ended, { endedAt: at('2020-01-01T00:00:00+08:00') }, now)).toThrow(expect.objectContaining({ details: { status: 'ended' } }));
  });

  it('cannot end before it started or before its latest work, naming endedAt', () => {
    const { engagement } = recordWork(engaged(), { id: WORK_ID, kind: 'contract-drafted-or-reviewed', performedAt: at('2019-05-06T10:00:00+08:00') }, now);
    expect(() => endEngagement(engagement, { endedAt: at('2019-05-01T10:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ code: 'ENGAGEMENT.ENDED_BEFORE_WORK', details: { field: 'endedAt' } }),
    );
    expect(() => endEngagement(engaged(), { endedAt: at('2018-05-01T10:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ code: 'ENGAGEMENT.ENDED_BEFORE_STARTED', details: { field: 'endedAt' } }),
    );
  });
});
