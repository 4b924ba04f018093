import { createDataSource, initializeAndMigrate } from '@casetrack/persistence';
import { personalDataCipherFromEnv } from '@casetrack/platform';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEST_DATABASE_URL } from '../../../../tests/support/test-env';
import { InitialSchema1767000000000 } from './1767000000000-initial-schema';
import { ADMIN_REVIEW_MIGRATIONS } from './index';

describe('the migration to encrypted personal data (real PostgreSQL, a database of its own)', () => {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${url.pathname.slice(1)}_mig_${randomBytes(3).toString('hex')}`;

  afterAll(async () => {
    const admin = new Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  });

  it('encrypts the rows stored in plaintext before it, drops the plaintext columns and forgets the stored answers', async () => {
    const before = createDataSource({ url: url.toString(), schema: 'admin_review', migrations: [InitialSchema1767000000000], applicationName: 'mig-test' });
    await initializeAndMigrate(before, 'admin_review');
    await before.query(
      `INSERT INTO admin_review.reviews (id, channel, respondent_agency, matter, received_at, applicant_name, applicant_id_number, applicant_phone, status, sequence)
       VALUES (gen_random_uuid(), 'mail', '区测试局', 'penalty', now(), '王大锤', '500106199003071234', '13800138000', 'received', 1)`,
    );
    await before.query(`INSERT INTO admin_review.idempotency_keys (scope, key, request_hash, status, response) VALUES ('POST /v1/reviews', 'k', 'h', 201, '{"applicantName":"王大锤"}')`);
    await before.destroy();

    const after = createDataSource({ url: url.toString(), schema: 'admin_review', migrations: ADMIN_REVIEW_MIGRATIONS, applicationName: 'mig-test' });
    await initializeAndMigrate(after, 'admin_review');
    try {
      const [row] = await after.query(`SELECT * FROM admin_review.reviews`);
      for (const secret of ['王大锤', '500106199003071234', '13800138000']) expect(JSON.stringify(row)).not.toContain(secret);
      const cipher = personalDataCipherFromEnv();
      expect([
        cipher.open(row.applicant_name_encrypted, 'admin_review.reviews.applicant_name'),
        cipher.open(row.applicant_id_number_encrypted, 'admin_review.reviews.applicant_id_number'),
        cipher.open(row.applicant_phone_encrypted, 'admin_review.reviews.applicant_phone'),
      ]).toEqual(['王大锤', '500106199003071234', '13800138000']);
      expect(row).not.toHaveProperty('applicant_name');
      expect(await after.query(`SELECT * FROM admin_review.idempotency_keys`)).toEqual([]);
    } finally {
      await after.destroy();
    }
  });
});
