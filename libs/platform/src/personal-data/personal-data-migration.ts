import { QueryRunner } from 'typeorm';
import { PersonalDataCipher } from './personal-data-cipher';

/** A plaintext column and the column that holds it encrypted, for `field` (the cipher's additional data). */
export interface EncryptedColumn {
  plain: string;
  encrypted: string;
  field: string;
}

const BATCH = 500;

/**
 * For a migration: copies every non-null value of the `plain` columns of `table` (keyed by a uuid
 * `id`) into its `encrypted` column, encrypted, in batches. The cipher is asked for only when there
 * is something to encrypt, so an empty database migrates without a key. Returns the rows encrypted.
 */
export async function encryptPlaintextColumns(q: QueryRunner, table: string, columns: EncryptedColumn[], cipher: () => PersonalDataCipher): Promise<number> {
  const once = memo(cipher);
  return copyColumns(q, table, columns.map((c) => [c.plain, c.encrypted, (v: string) => once().seal(v, c.field)]));
}

/** The reverse, for a migration's `down`: decrypts every `encrypted` value back into its `plain` column. */
export async function decryptEncryptedColumns(q: QueryRunner, table: string, columns: EncryptedColumn[], cipher: () => PersonalDataCipher): Promise<number> {
  const once = memo(cipher);
  return copyColumns(q, table, columns.map((c) => [c.encrypted, c.plain, (v: string) => once().open(v, c.field)]));
}

function memo(make: () => PersonalDataCipher): () => PersonalDataCipher {
  let made: PersonalDataCipher | undefined;
  return () => (made ??= make());
}

async function copyColumns(q: QueryRunner, table: string, copies: [string, string, (v: string) => string][]): Promise<number> {
  const from = copies.map(([source]) => source);
  let after = '00000000-0000-0000-0000-000000000000';
  let total = 0;
  for (;;) {
    const rows: Record<string, string | null>[] = await q.query(
      `SELECT id, ${from.join(', ')} FROM ${table} WHERE id > $1 AND (${from.map((c) => `${c} IS NOT NULL`).join(' OR ')}) ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    for (const row of rows) {
      const values = copies.map(([source, , convert]) => (row[source] === null ? null : convert(row[source] as string)));
      await q.query(`UPDATE ${table} SET ${copies.map(([, target], i) => `${target} = $${i + 2}`).join(', ')} WHERE id = $1`, [row.id, ...values]);
    }
    total += rows.length;
    if (rows.length < BATCH) return total;
    after = rows[rows.length - 1].id as string;
  }
}
