import { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'mediation-clerk', 'legal-aid-officer', 'review-officer', 'enforcement-supervisor', 'report-reader', 'admin'`;
const AFTER = `'mediation-clerk', 'legal-aid-officer', 'review-officer', 'legal-affairs-officer', 'enforcement-supervisor', 'report-reader', 'admin'`;

/** Accounts may hold the legal-affairs section's role (legal-affairs-officer), as the platform's ROLES do. */
export class LegalAffairsOfficerRole1767004000000 implements MigrationInterface {
  name = 'LegalAffairsOfficerRole1767004000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE web.accounts DROP CONSTRAINT account_role_known, ADD CONSTRAINT account_role_known CHECK (role IN (${AFTER}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE web.accounts DROP CONSTRAINT account_role_known, ADD CONSTRAINT account_role_known CHECK (role IN (${BEFORE}))`);
  }
}
