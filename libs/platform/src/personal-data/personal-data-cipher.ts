import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { loadPersonalDataConfig, PersonalDataConfig, PersonalDataKey } from '../config/personal-data-config';

const VERSION = 'pd1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealed value that cannot be opened: tampered with, for another field, or sealed with a key this service does not have. */
export class PersonalDataSealError extends Error {}

const b64 = (b: Buffer) => b.toString('base64url');

/**
 * Seals personal data for storage with AES-256-GCM: a random 96-bit IV per value, and the format
 * version, key id and `field` (e.g. `admin_review.reviews.applicant_name`) bound in as additional
 * data, so a value moved to another column or edited in the database does not open.
 * Text form: `pd1:<key id>:<iv>:<ciphertext>:<tag>` (base64url). New values are sealed with the
 * current key; values sealed with a previous key still open, which is what makes rotation possible.
 */
export class PersonalDataCipher {
  private readonly keys: Map<string, Buffer>;

  constructor(private readonly config: Pick<PersonalDataConfig, 'current' | 'previous'>) {
    this.keys = new Map([...config.previous, config.current].map((k: PersonalDataKey) => [k.id, k.key]));
  }

  /** The sealed text of `plain` for `field`; different every call (random IV). */
  seal(plain: string, field: string): string {
    const { id, key } = this.config.current;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(`${VERSION}:${id}:${field}`, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, id, b64(iv), b64(ciphertext), b64(cipher.getAuthTag())].join(':');
  }

  /** The plain text of a value sealed for `field`; throws PersonalDataSealError (naming no value) when it cannot be opened. */
  open(sealed: string, field: string): string {
    const parts = sealed.split(':');
    if (parts.length !== 5 || parts[0] !== VERSION) throw new PersonalDataSealError(`${field}: not a sealed value`);
    const [, id, iv, ciphertext, tag] = parts;
    const key = this.keys.get(id);
    if (!key) throw new PersonalDataSealError(`${field}: sealed with key ${id}, which this service does not have (PERSONAL_DATA_KEY, PERSONAL_DATA_PREVIOUS_KEYS)`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(`${VERSION}:${id}:${field}`, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new PersonalDataSealError(`${field}: the sealed value does not open with key ${id} (tampered with, or sealed for another field)`);
    }
  }

  /** `seal`, keeping an absent value absent. */
  sealOrNull(plain: string | null | undefined, field: string): string | null {
    return plain === null || plain === undefined ? null : this.seal(plain, field);
  }

  /** `open`, keeping an absent value absent. */
  openOrNull(sealed: string | null, field: string): string | null {
    return sealed === null ? null : this.open(sealed, field);
  }
}

/** The cipher on the keys of the environment (PERSONAL_DATA_KEY…): the one services and their migrations use. */
export function personalDataCipherFromEnv(env: NodeJS.ProcessEnv = process.env): PersonalDataCipher {
  return new PersonalDataCipher(loadPersonalDataConfig(env));
}
