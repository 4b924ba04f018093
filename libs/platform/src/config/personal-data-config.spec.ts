import { randomBytes } from 'node:crypto';
import { loadPersonalDataConfig, personalDataKeyId } from './personal-data-config';

describe('loadPersonalDataConfig', () => {
  it('runs on the development key, flagged, when no key is set outside production', () => {
    const config = loadPersonalDataConfig({});
    expect(config.developmentKey).toBe(true);
    expect(config.current.key).toHaveLength(32);
    expect(loadPersonalDataConfig({ NODE_ENV: 'development' }).developmentKey).toBe(true);
  });

  it('refuses to start without a key when NODE_ENV=production', () => {
    expect(() => loadPersonalDataConfig({ NODE_ENV: 'production' })).toThrow(/^invalid configuration: PERSONAL_DATA_KEY must be set when NODE_ENV=production/);
  });

  it('reads a 32-byte key as hex or base64 (standard or URL-safe) and names it by its id', () => {
    const key = randomBytes(32);
    for (const text of [key.toString('hex'), key.toString('base64'), key.toString('base64url')]) {
      const config = loadPersonalDataConfig({ PERSONAL_DATA_KEY: text, NODE_ENV: 'production' });
      expect(config.current.key.equals(key)).toBe(true);
      expect(config.current.id).toBe(personalDataKeyId(key));
      expect(config.developmentKey).toBe(false);
    }
  });

  it('refuses a key of the wrong size or form, without printing it', () => {
    for (const bad of [randomBytes(16).toString('hex'), randomBytes(31).toString('base64'), 'not-a-key-at-all']) {
      let message = '';
      try {
        loadPersonalDataConfig({ PERSONAL_DATA_KEY: bad });
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/^invalid configuration: PERSONAL_DATA_KEY must be 32 bytes/);
      expect(message).not.toContain(bad);
    }
  });

  it('reads previous keys for values sealed before a rotation and names a bad one by position', () => {
    const [a, b] = [randomBytes(32), randomBytes(32)];
    const config = loadPersonalDataConfig({ PERSONAL_DATA_KEY: randomBytes(32).toString('hex'), PERSONAL_DATA_PREVIOUS_KEYS: `${a.toString('hex')}, ${b.toString('base64')}` });
    expect(config.previous.map((k) => k.id)).toEqual([personalDataKeyId(a), personalDataKeyId(b)]);
    expect(() => loadPersonalDataConfig({ PERSONAL_DATA_PREVIOUS_KEYS: `${a.toString('hex')},xyz` })).toThrow(/PERSONAL_DATA_PREVIOUS_KEYS: key 2 must be/);
  });
});
