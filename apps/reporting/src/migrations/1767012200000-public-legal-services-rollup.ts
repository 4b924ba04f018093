import { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns of PUBLIC_LEGAL_SERVICES_COLUMNS as of this migration, fixed here (a later figure adds its column in a migration of its own). */
const COLUMNS_1767012200000 = [
  'service_records', 'centre_service_records',
  'platforms_registered', 'centres_standardised', 'stations_standardised', 'rooms_standardised', 'platforms_closed',
  'providers_registered', 'providers_deregistered',
  'complaints_received', 'lawyer_complaints_handled', 'appraiser_complaints_handled', 'complaints_penalised', 'complaints_disciplined',
  'exam_sittings',
  'persons_served', 'centre_persons_served', 'exam_candidates', 'exam_incidents', 'exam_complaints',
];

export class PublicLegalServicesRollup1767012200000 implements MigrationInterface {
  name = 'PublicLegalServicesRollup1767012200000';

  async up(q: QueryRunner): Promise<void> {
    // Every counted unit of the public-legal-services section and what it carries (persons served,
    // candidates), by district, the year and month of its business time (district time zone), the
    // platform's level and the service's channel ('' for the units that have none).
    await q.query(`
      CREATE TABLE public_legal_services_rollup (
        district text NOT NULL,
        year int NOT NULL,
        month int NOT NULL,
        level text NOT NULL,
        channel text NOT NULL,
        ${COLUMNS_1767012200000.map((c) => `${c} bigint NOT NULL DEFAULT 0`).join(',\n        ')},
        PRIMARY KEY (district, year, month, level, channel)
      )`);
    // The register of legal-service providers, one row per provider with its period: the providers
    // registered at an instant (区内42家律所…) are those registered by then and not deregistered.
    await q.query(`
      CREATE TABLE public_legal_services_providers (
        district text NOT NULL,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        registered_at timestamptz NOT NULL,
        deregistered_at timestamptz,
        PRIMARY KEY (district, case_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE public_legal_services_providers, public_legal_services_rollup`);
  }
}
