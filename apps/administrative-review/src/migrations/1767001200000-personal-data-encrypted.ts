import { encryptPlaintextColumns, decryptEncryptedColumns, personalDataCipherFromEnv, personalDataReadsTableSql } from '@casetrack/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { REVIEW_PERSONAL_COLUMNS } from '../reviews/persistence/review-personal-data';

const COLUMNS = Object.values(REVIEW_PERSONAL_COLUMNS);

/**
 * The applicant's name, ID number and phone move to encrypted columns (AES-256-GCM, the key from
 * PERSONAL_DATA_KEY); rows already stored are encrypted here, by the application, since SQL cannot
 * know the key, and the plaintext columns are dropped. Full reads of them are audited in
 * personal_data_reads.
 */
export class PersonalDataEncrypted1767001200000 implements MigrationInterface {
  name = 'PersonalDataEncrypted1767001200000';

  async up(q: QueryRunner): Promise<void> {
    for (const c of COLUMNS) await q.query(`ALTER TABLE admin_review.reviews ADD COLUMN ${c.encrypted} text`);
    await encryptPlaintextColumns(q, 'admin_review.reviews', COLUMNS, personalDataCipherFromEnv);
    for (const c of COLUMNS) await q.query(`ALTER TABLE admin_review.reviews DROP COLUMN ${c.plain}`);
    for (const sql of personalDataReadsTableSql('admin_review')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE admin_review.personal_data_reads`);
    for (const c of COLUMNS) await q.query(`ALTER TABLE admin_review.reviews ADD COLUMN ${c.plain} text`);
    await decryptEncryptedColumns(q, 'admin_review.reviews', COLUMNS, personalDataCipherFromEnv);
    for (const c of COLUMNS) await q.query(`ALTER TABLE admin_review.reviews DROP COLUMN ${c.encrypted}`);
  }
}
