import { randomBytes } from 'node:crypto';
import { loadPersonalDataConfig } from '../config/personal-data-config';
import { PersonalDataCipher, PersonalDataSealError } from './personal-data-cipher';

const hexKey = () => randomBytes(32).toString('hex');
const FIELD = 'admin_review.reviews.applicant_id_number';

describe('the personal data cipher', () => {
  const key = hexKey();
  const cipher = new PersonalDataCipher(loadPersonalDataConfig({ PERSONAL_DATA_KEY: key }));

  it('opens what it sealed, and the sealed text does not contain the value', () => {
    for (const value of ['11010519491231002X', '欧阳娜娜', '𠀀𠀁', '023-65000000', '']) {
      const sealed = cipher.seal(value, FIELD);
      expect(sealed).toMatch(/^pd1:[0-9a-f]{8}:[A-Za-z0-9_-]+:[A-Za-z0-9_-]*:[A-Za-z0-9_-]+$/);
      if (value !== '') expect(sealed).not.toContain(value);
      expect(cipher.open(sealed, FIELD)).toBe(value);
    }
  });

  it('seals the same value differently every time (a random IV per value)', () => {
    const a = cipher.seal('11010519491231002X', FIELD);
    const b = cipher.seal('11010519491231002X', FIELD);
    expect(a).not.toBe(b);
    expect(a.split(':')[2]).not.toBe(b.split(':')[2]);
  });

  it('refuses a value whose ciphertext, IV or tag was changed', () => {
    const sealed = cipher.seal('11010519491231002X', FIELD);
    const parts = sealed.split(':');
    for (const i of [2, 3, 4]) {
      const bytes = Buffer.from(parts[i], 'base64url');
      bytes[0] ^= 1;
      const tampered = [...parts.slice(0, i), bytes.toString('base64url'), ...parts.slice(i + 1)].join(':');
      expect(() => cipher.open(tampered, FIELD)).toThrow(PersonalDataSealError);
    }
  });

  it('refuses a value moved from another field', () => {
    const sealed = cipher.seal('11010519491231002X', FIELD);
    expect(() => cipher.open(sealed, 'admin_review.reviews.applicant_name')).toThrow(PersonalDataSealError);
  });

  it('refuses to open with a wrong key, even one claiming the same key id', () => {
    const sealed = cipher.seal('11010519491231002X', FIELD);
    const other = new PersonalDataCipher(loadPersonalDataConfig({ PERSONAL_DATA_KEY: hexKey() }));
    expect(() => other.open(sealed, FIELD)).toThrow(/which this service does not have/);
    const impostor = new PersonalDataCipher({ current: { id: sealed.split(':')[1], key: randomBytes(32) }, previous: [] });
    expect(() => impostor.open(sealed, FIELD)).toThrow(PersonalDataSealError);
  });

  it('never puts the value in its error messages', () => {
    const sealed = cipher.seal('11010519491231002X', FIELD);
    const messages: string[] = [];
    // A tag with one bit flipped (replacing its last characters could leave the decoded bytes unchanged).
    const parts = sealed.split(':');
    const tag = Buffer.from(parts[4], 'base64url');
    tag[0] ^= 0x01;
    const badTag = [...parts.slice(0, 4), tag.toString('base64url')].join(':');
    for (const bad of [badTag, 'plain 11010519491231002X', sealed.replace(/^pd1/, 'pd0')]) {
      try {
        cipher.open(bad, FIELD);
      } catch (err) {
        messages.push((err as Error).message);
      }
    }
    expect(messages).toHaveLength(3);
    expect(messages.join('\n')).not.toContain('11010519491231002X');
  });

  it('still opens values sealed with a previous key after a rotation, and seals with the new one', () => {
    const sealedBefore = cipher.seal('欧阳娜娜', FIELD);
    const newKey = hexKey();
    const rotated = new PersonalDataCipher(loadPersonalDataConfig({ PERSONAL_DATA_KEY: newKey, PERSONAL_DATA_PREVIOUS_KEYS: key }));
    expect(rotated.open(sealedBefore, FIELD)).toBe('欧阳娜娜');
    const sealedAfter = rotated.seal('欧阳娜娜', FIELD);
    expect(sealedAfter.split(':')[1]).not.toBe(sealedBefore.split(':')[1]);
    expect(() => cipher.open(sealedAfter, FIELD)).toThrow(PersonalDataSealError);
  });

  it('keeps an absent value absent', () => {
    expect(cipher.sealOrNull(null, FIELD)).toBeNull();
    expect(cipher.sealOrNull(undefined, FIELD)).toBeNull();
    expect(cipher.openOrNull(null, FIELD)).toBeNull();
  });
});
