import { MigrationInterface, QueryRunner } from 'typeorm';

export class LegalAffairsRollup1767005000000 implements MigrationInterface {
  name = 'LegalAffairsRollup1767005000000';

  async up(q: QueryRunner): Promise<void> {
    // Every counted unit of the legal-affairs section, by district, the year and month of its
    // business time (district time zone) and the submitting or engaging unit ('' for a
    // leadership meeting, which has none). The column names follow LEGAL_AFFAIRS_COUNTERS.
    await q.query(`
      CREATE TABLE legal_affairs_rollup (
        district text NOT NULL,
        year int NOT NULL,
        month int NOT NULL,
        unit text NOT NULL,
        agenda_meetings bigint NOT NULL DEFAULT 0,
        documents_submitted bigint NOT NULL DEFAULT 0,
        documents_reviewed bigint NOT NULL DEFAULT 0,
        documents_normative bigint NOT NULL DEFAULT 0,
        documents_filed bigint NOT NULL DEFAULT 0,
        filed_found_unlawful_or_revoked bigint NOT NULL DEFAULT 0,
        contracts_submitted bigint NOT NULL DEFAULT 0,
        contracts_reviewed bigint NOT NULL DEFAULT 0,
        investment_contracts_reviewed bigint NOT NULL DEFAULT 0,
        engagements_started bigint NOT NULL DEFAULT 0,
        engagements_ended bigint NOT NULL DEFAULT 0,
        adviser_contract_work bigint NOT NULL DEFAULT 0,
        adviser_cases_represented bigint NOT NULL DEFAULT 0,
        adviser_special_services bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (district, year, month, unit)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_affairs_rollup`);
  }
}
