import { decryptEncryptedColumns, encryptPlaintextColumns, personalDataCipherFromEnv, personalDataReadsTableSql } from '@casetrack/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { CASE_PERSONAL_COLUMNS } from '../cases/persistence/case-personal-data';

const COLUMNS = Object.values(CASE_PERSONAL_COLUMNS);

/**
 * The applicant's name and ID number move to encrypted columns (AES-256-GCM, the key from
 * PERSONAL_DATA_KEY); rows already stored are encrypted here, by the application, since SQL cannot
 * know the key, and the plaintext columns are dropped (with the ID number's format CHECK: the
 * database cannot read the value any more; the API checks it, check digit included). Full reads of
 * them are audited in personal_data_reads.
 */
export class PersonalDataEncrypted1767001200000 implements MigrationInterface {
  name = 'PersonalDataEncrypted1767001200000';

  async up(q: QueryRunner): Promise<void> {
    for (const c of COLUMNS) await q.query(`ALTER TABLE legal_aid.cases ADD COLUMN ${c.encrypted} text`);
    await encryptPlaintextColumns(q, 'legal_aid.cases', COLUMNS, personalDataCipherFromEnv);
    for (const c of COLUMNS) await q.query(`ALTER TABLE legal_aid.cases DROP COLUMN ${c.plain}`);
    for (const sql of personalDataReadsTableSql('legal_aid')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_aid.personal_data_reads`);
    for (const c of COLUMNS) await q.query(`ALTER TABLE legal_aid.cases ADD COLUMN ${c.plain} text`);
    await decryptEncryptedColumns(q, 'legal_aid.cases', COLUMNS, personalDataCipherFromEnv);
    for (const c of COLUMNS) await q.query(`ALTER TABLE legal_aid.cases DROP COLUMN ${c.encrypted}`);
  }
}
