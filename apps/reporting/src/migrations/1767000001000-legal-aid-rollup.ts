import { MigrationInterface, QueryRunner } from 'typeorm';

const COUNTERS = `
        applied bigint NOT NULL DEFAULT 0,
        accepted bigint NOT NULL DEFAULT 0,
        rejected bigint NOT NULL DEFAULT 0,
        assigned bigint NOT NULL DEFAULT 0,
        closed bigint NOT NULL DEFAULT 0,
        benefit_fen bigint NOT NULL DEFAULT 0`;

/**
 * Legal aid rollups. Totals and the applicant-group breakdown live in separate tables: a case with
 * several groups adds one to each of its groups' rows but only one to the totals, so no sum over
 * the group table is ever a total. Counters belong to the year and month of their own business time.
 */
export class LegalAidRollup1767000001000 implements MigrationInterface {
  name = 'LegalAidRollup1767000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_aid_rollup (
        district text NOT NULL,
        year int NOT NULL,
        month int NOT NULL,
        case_type text NOT NULL,
        matter text NOT NULL,
        channel text NOT NULL,${COUNTERS},
        PRIMARY KEY (district, year, month, case_type, matter, channel)
      )`);
    await q.query(`
      CREATE TABLE legal_aid_group_rollup (
        district text NOT NULL,
        year int NOT NULL,
        applicant_group text NOT NULL,${COUNTERS},
        PRIMARY KEY (district, year, applicant_group)
      )`);
    // Acceptances of a year by their days from application: enough for an exact median, whatever the volume.
    await q.query(`
      CREATE TABLE legal_aid_acceptance_days (
        district text NOT NULL,
        year int NOT NULL,
        days int NOT NULL CHECK (days >= 0),
        acceptances bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (district, year, days)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_aid_acceptance_days, legal_aid_group_rollup, legal_aid_rollup`);
  }
}
