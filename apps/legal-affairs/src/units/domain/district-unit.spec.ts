import { dissolveUnit, registerUnit } from './district-unit';

const at = (iso: string) => new Date(iso);
const now = at('2019-12-01T12:00:00+08:00');
const unit = () => registerUnit({ id: '00000000-0000-4000-8000-000000000050', name: '沙坪坝区司法局', registeredAt: at('2019-01-01T00:00:00+08:00') }, now);

describe('a district unit', () => {
  it('is active from its registration, and dissolves once, not before it was registered', () => {
    expect(unit()).toMatchObject({ status: 'active', dissolvedAt: null, sequence: 1 });
    expect(() => dissolveUnit(unit(), { dissolvedAt: at('2018-12-31T00:00:00+08:00') }, now)).toThrow(expect.objectContaining({ details: { field: 'dissolvedAt' } }));
    const dissolved = dissolveUnit(unit(), { dissolvedAt: at('2019-06-30T00:00:00+08:00') }, now);
    expect(dissolved).toMatchObject({ status: 'dissolved', sequence: 2 });
    expect(() => dissolveUnit(dissolved, { dissolvedAt: at('2019-07-30T00:00:00+08:00') }, now)).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'UNIT.INVALID_TRANSITION', message: 'cannot dissolve a unit whose status is dissolved' }),
    );
  });
});
