import { COMMITTEE_KINDS } from '@casetrack/contracts';
import { InvalidInputError } from '@casetrack/platform';
import { createCommittee } from './committee';

const NOW = new Date('2019-03-01T00:00:00Z');
const base = { id: '0b7e6f1a-2c3d-4e5f-8a6b-7c8d9e0f1a2b', code: 'C-01', name: '调委会' };

describe('committee', () => {
  it('gives a professional committee its field', () => {
    expect(createCommittee({ ...base, kind: 'professional', field: 'medical' }, NOW).field).toBe('medical');
  });

  it('refuses a professional committee without a field, naming field', () => {
    expect(() => createCommittee({ ...base, kind: 'professional' }, NOW)).toThrow(InvalidInputError);
    expect(() => createCommittee({ ...base, kind: 'professional' }, NOW)).toThrow(
      expect.objectContaining({ code: 'COMMITTEE.FIELD_REQUIRED', kind: 'invalid', details: { field: 'field' } }),
    );
  });

  it.each(COMMITTEE_KINDS.filter((k) => k !== 'professional'))('refuses a field on a %s committee, naming field', (kind) => {
    expect(() => createCommittee({ ...base, kind, field: 'traffic' }, NOW)).toThrow(
      expect.objectContaining({ code: 'COMMITTEE.FIELD_NOT_ALLOWED', kind: 'invalid', details: { field: 'field' } }),
    );
  });

  it.each(COMMITTEE_KINDS.filter((k) => k !== 'professional'))('stores a %s committee with a null field', (kind) => {
    expect(createCommittee({ ...base, kind }, NOW).field).toBeNull();
  });

  it('is established now unless told otherwise', () => {
    expect(createCommittee({ ...base, kind: 'community' }, NOW).establishedAt).toEqual(NOW);
    const established = new Date('2018-01-01T00:00:00+08:00');
    expect(createCommittee({ ...base, kind: 'community', establishedAt: established }, NOW)).toMatchObject({ establishedAt: established, createdAt: NOW });
  });
});
