import { createHash } from 'node:crypto';

/** One AES-256 key and the id stored in front of every value it seals. */
export interface PersonalDataKey {
  /** 8 hex characters of the key's SHA-256: names the key in each sealed value, reveals nothing of it. */
  id: string;
  key: Buffer;
}

export interface PersonalDataConfig {
  /** Seals every new value (PERSONAL_DATA_KEY). */
  current: PersonalDataKey;
  /** Still open values sealed before a rotation (PERSONAL_DATA_PREVIOUS_KEYS); never seal. */
  previous: PersonalDataKey[];
  /** True when running on the built-in development key (services warn at start). */
  developmentKey: boolean;
}

/**
 * For local use only: anyone can read it here. A service with NODE_ENV=production refuses to start
 * on it; anywhere else it warns at start.
 */
const DEVELOPMENT_KEY = createHash('sha256').update('casetrack-local-development-personal-data-key').digest();

/** The id a key is named by in sealed values. */
export function personalDataKeyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/** 32 bytes from 64 hex characters or from base64 (standard or URL-safe, padding optional); null otherwise. */
function decodeKey(text: string): Buffer | null {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(t)) {
    const key = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return key.length === 32 ? key : null;
  }
  return null;
}

const KEY_FORMAT = '32 bytes as 64 hex characters or as base64 (e.g. `openssl rand -base64 32`)';

/**
 * The keys personal data is sealed with, from PERSONAL_DATA_KEY (and PERSONAL_DATA_PREVIOUS_KEYS,
 * comma-separated, to read values sealed before a rotation). Without a key it falls back to the
 * development key, except with NODE_ENV=production, where it throws. Errors name the variable,
 * never its value.
 */
export function loadPersonalDataConfig(env: NodeJS.ProcessEnv = process.env): PersonalDataConfig {
  const problems: string[] = [];
  const raw = env.PERSONAL_DATA_KEY?.trim() ?? '';
  let current: PersonalDataKey = { id: personalDataKeyId(DEVELOPMENT_KEY), key: DEVELOPMENT_KEY };
  if (raw === '') {
    if (env.NODE_ENV === 'production') problems.push(`PERSONAL_DATA_KEY must be set when NODE_ENV=production (${KEY_FORMAT})`);
  } else {
    const key = decodeKey(raw);
    if (key === null) problems.push(`PERSONAL_DATA_KEY must be ${KEY_FORMAT}`);
    else current = { id: personalDataKeyId(key), key };
  }
  const previous: PersonalDataKey[] = [];
  const previousRaw = (env.PERSONAL_DATA_PREVIOUS_KEYS ?? '').split(',').map((k) => k.trim()).filter((k) => k !== '');
  previousRaw.forEach((text, i) => {
    const key = decodeKey(text);
    if (key === null) problems.push(`PERSONAL_DATA_PREVIOUS_KEYS: key ${i + 1} must be ${KEY_FORMAT}`);
    else previous.push({ id: personalDataKeyId(key), key });
  });
  if (problems.length > 0) throw new Error(`invalid configuration: ${problems.join('; ')}`);
  return { current, previous, developmentKey: raw === '' };
}
