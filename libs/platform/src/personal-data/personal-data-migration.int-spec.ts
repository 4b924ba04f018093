import { createDataSource, ensureDatabase } from '@casetrack/persistence';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TEST_DATABASE_URL } from '../../../../tests/support/test-env';
import { loadPersonalDataConfig } from '../config/personal-data-config';
import { PersonalDataCipher } from './personal-data-cipher';
import { decryptEncryptedColumns, EncryptedColumn, encryptPlaintextColumns } from './personal-data-migration';

describe('encrypting existing plaintext rows in a migration (real PostgreSQL)', () => {
  const schema = `pd_test_${randomBytes(4).toString('hex')}`;
  const table = `"${schema}".people`;
  const columns: EncryptedColumn[] = [
    { plain: 'name', encrypted: 'name_encrypted', field: `${schema}.people.name` },
    { plain: 'id_number', encrypted: 'id_number_encrypted', field: `${schema}.people.id_number` },
  ];
  const cipher = new PersonalDataCipher(loadPersonalDataConfig({ PERSONAL_DATA_KEY: randomBytes(32).toString('base64') }));
  let dataSource: DataSource;

  beforeAll(async () => {
    await ensureDatabase(TEST_DATABASE_URL);
    dataSource = createDataSource({ url: TEST_DATABASE_URL, schema, migrations: [], applicationName: schema, poolSize: 2 });
    await dataSource.initialize();
    await dataSource.query(`CREATE SCHEMA "${schema}"`);
    await dataSource.query(`CREATE TABLE ${table} (id uuid PRIMARY KEY, name text, id_number text, name_encrypted text, id_number_encrypted text)`);
    // More rows than one batch; some without any personal data, some with only one value.
    await dataSource.query(
      `INSERT INTO ${table} (id, name, id_number)
       SELECT gen_random_uuid(), CASE WHEN n % 7 = 0 THEN NULL ELSE '张' || n END, CASE WHEN n % 5 = 0 THEN NULL ELSE lpad(n::text, 18, '0') END
       FROM generate_series(1, 1203) AS n`,
    );
  });

  afterAll(async () => {
    await dataSource?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource?.destroy();
  });

  it('encrypts every value of every row, in batches, so that it decrypts back to the original', async () => {
    const runner = dataSource.createQueryRunner();
    try {
      const encrypted = await encryptPlaintextColumns(runner, table, columns, () => cipher);
      const withData: { n: number }[] = await runner.query(`SELECT count(*)::int AS n FROM ${table} WHERE name IS NOT NULL OR id_number IS NOT NULL`);
      expect(encrypted).toBe(withData[0].n);
    } finally {
      await runner.release();
    }
    const rows: Record<string, string | null>[] = await dataSource.query(`SELECT * FROM ${table}`);
    for (const r of rows) {
      expect(r.name === null).toBe(r.name_encrypted === null);
      expect(r.id_number === null).toBe(r.id_number_encrypted === null);
      if (r.name !== null) expect(cipher.open(r.name_encrypted!, columns[0].field)).toBe(r.name);
      if (r.id_number !== null) {
        expect(r.id_number_encrypted).not.toContain(r.id_number);
        expect(cipher.open(r.id_number_encrypted!, columns[1].field)).toBe(r.id_number);
      }
    }
  });

  it('decrypts them back for a migration down', async () => {
    const before: Record<string, string | null>[] = await dataSource.query(`SELECT id, name, id_number FROM ${table} ORDER BY id`);
    await dataSource.query(`UPDATE ${table} SET name = NULL, id_number = NULL`);
    const runner = dataSource.createQueryRunner();
    try {
      await decryptEncryptedColumns(runner, table, columns, () => cipher);
    } finally {
      await runner.release();
    }
    expect(await dataSource.query(`SELECT id, name, id_number FROM ${table} ORDER BY id`)).toEqual(before);
  });

  it('asks for no key when there is nothing to encrypt', async () => {
    await dataSource.query(`CREATE TABLE "${schema}".empty (id uuid PRIMARY KEY, name text, id_number text, name_encrypted text, id_number_encrypted text)`);
    const runner = dataSource.createQueryRunner();
    try {
      const noKey = () => {
        throw new Error('no key asked for');
      };
      expect(await encryptPlaintextColumns(runner, `"${schema}".empty`, columns, noKey)).toBe(0);
    } finally {
      await runner.release();
    }
  });
});
