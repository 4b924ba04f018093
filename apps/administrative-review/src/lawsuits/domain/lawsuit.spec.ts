import { fileLawsuit, judgeLawsuit, Lawsuit, recordHearing } from './lawsuit';

const at = (iso: string) => new Date(iso);
const now = at('2019-06-01T12:00:00+08:00');
const HEARING_ID = '00000000-0000-4000-8000-0000000000aa';

function filed(): Lawsuit {
  return fileLawsuit(
    { id: '00000000-0000-4000-8000-000000000002', filedAt: at('2019-05-06T09:00:00+08:00'), defendantAgency: '重庆市沙坪坝区人民政府', court: '重庆铁路运输法院', matter: 'licensing' },
    now,
  );
}

describe('lawsuit hearings and judgment', () => {
  it('records a hearing where a government leader appeared, and moves the sequence', () => {
    const { lawsuit, hearing } = recordHearing(filed(), { id: HEARING_ID, heldAt: at('2019-06-10T09:30:00+08:00'), headAppeared: true, appearedRole: 'government-leader' }, now);
    expect(hearing).toMatchObject({ lawsuitId: lawsuit.id, headAppeared: true, appearedRole: 'government-leader' });
    expect(lawsuit).toMatchObject({ status: 'open', hearingCount: 1, sequence: 2 });
  });

  it('records a hearing without the head and without a role', () => {
    const { hearing } = recordHearing(filed(), { id: HEARING_ID, heldAt: at('2019-06-10T09:30:00+08:00'), headAppeared: false }, now);
    expect(hearing.appearedRole).toBeNull();
  });

  it('requires appearedRole when the head appeared, naming appearedRole', () => {
    expect(() => recordHearing(filed(), { id: HEARING_ID, heldAt: at('2019-06-10T09:30:00+08:00'), headAppeared: true }, now)).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'HEARING.ROLE_REQUIRED', details: { field: 'appearedRole' } }),
    );
  });

  it('refuses appearedRole when the head did not appear, naming appearedRole', () => {
    expect(() =>
      recordHearing(filed(), { id: HEARING_ID, heldAt: at('2019-06-10T09:30:00+08:00'), headAppeared: false, appearedRole: 'agency-head' }, now),
    ).toThrow(expect.objectContaining({ kind: 'invalid', code: 'HEARING.ROLE_NOT_ALLOWED', details: { field: 'appearedRole' } }));
  });

  it('refuses a hearing dated before the lawsuit was filed, naming heldAt', () => {
    expect(() => recordHearing(filed(), { id: HEARING_ID, heldAt: at('2019-05-01T09:30:00+08:00'), headAppeared: false }, now)).toThrow(
      expect.objectContaining({ details: { field: 'heldAt' } }),
    );
  });

  it('closes the lawsuit on judgment and then refuses hearings and a second judgment with 409 naming status closed', () => {
    const closed = judgeLawsuit(filed(), { decidedAt: at('2019-07-01T10:00:00+08:00'), outcome: 'dismissed' }, now);
    expect(closed).toMatchObject({ status: 'closed', outcome: 'dismissed', sequence: 2 });
    expect(() => recordHearing(closed, { id: HEARING_ID, heldAt: at('2019-07-02T09:30:00+08:00'), headAppeared: false }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', details: { status: 'closed' } }),
    );
    expect(() => judgeLawsuit(closed, { decidedAt: at('2019-07-03T10:00:00+08:00'), outcome: 'upheld' }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', message: 'cannot record the judgment of a lawsuit whose status is closed' }),
    );
  });
});
