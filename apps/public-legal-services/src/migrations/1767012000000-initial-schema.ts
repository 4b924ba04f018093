import { idempotencyPerUserSql, idempotencyTableSql } from '@casetrack/platform';
import { outboxQuarantineSql, outboxTableSql, outboxTraceparentSql } from '@casetrack/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public_legal_services schema: platforms and the services given at them, the legal-service
 * providers, complaints against lawyers and forensic appraisers, exam sittings; and the outbox and
 * idempotency tables in their current shape.
 */
export class InitialSchema1767012000000 implements MigrationInterface {
  name = 'InitialSchema1767012000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE public_legal_services.platforms (
        id uuid PRIMARY KEY,
        level text NOT NULL CHECK (level IN ('centre', 'station', 'room')),
        name text NOT NULL,
        registered_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('registered', 'standardised', 'closed')),
        standardised_at timestamptz,
        closed_at timestamptz,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT platform_standardised_after_registered CHECK (standardised_at IS NULL OR standardised_at >= registered_at),
        CONSTRAINT platform_closed_iff_status CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX platforms_by_registered ON public_legal_services.platforms (registered_at, id)`);
    await q.query(`CREATE INDEX platforms_by_level ON public_legal_services.platforms (level, registered_at, id)`);
    await q.query(`CREATE INDEX platforms_by_status ON public_legal_services.platforms (status, registered_at, id)`);
    await q.query(`
      CREATE TABLE public_legal_services.service_records (
        id uuid PRIMARY KEY,
        platform_id uuid NOT NULL REFERENCES public_legal_services.platforms (id),
        level text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('walk-in', 'hotline-12348', 'wechat', 'online')),
        kind text NOT NULL,
        persons int NOT NULL CHECK (persons BETWEEN 1 AND 10000),
        served_at timestamptz NOT NULL,
        note text,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX service_records_by_served ON public_legal_services.service_records (served_at, id)`);
    await q.query(`CREATE INDEX service_records_by_platform ON public_legal_services.service_records (platform_id, served_at, id)`);
    await q.query(`
      CREATE TABLE public_legal_services.providers (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('law-firm', 'forensic-appraisal-institution', 'notary-office')),
        name text NOT NULL,
        registered_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('registered', 'deregistered')),
        deregistered_at timestamptz,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT provider_deregistered_after_registered CHECK (deregistered_at IS NULL OR deregistered_at >= registered_at)
      )`);
    await q.query(`CREATE INDEX providers_by_registered ON public_legal_services.providers (registered_at, id)`);
    await q.query(`CREATE INDEX providers_by_kind ON public_legal_services.providers (kind, registered_at, id)`);
    await q.query(`
      CREATE TABLE public_legal_services.complaints (
        id uuid PRIMARY KEY,
        against text NOT NULL CHECK (against IN ('lawyer', 'forensic-appraiser')),
        summary text NOT NULL,
        received_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('received', 'concluded')),
        outcome text,
        concluded_at timestamptz,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT complaint_concluded_after_received CHECK (concluded_at IS NULL OR concluded_at >= received_at),
        CONSTRAINT complaint_conclusion_complete CHECK ((outcome IS NULL) = (concluded_at IS NULL))
      )`);
    await q.query(`CREATE INDEX complaints_by_received ON public_legal_services.complaints (received_at, id)`);
    await q.query(`CREATE INDEX complaints_by_against ON public_legal_services.complaints (against, received_at, id)`);
    await q.query(`
      CREATE TABLE public_legal_services.exam_sittings (
        id uuid PRIMARY KEY,
        held_at timestamptz NOT NULL,
        candidates int NOT NULL CHECK (candidates >= 0),
        incidents int NOT NULL CHECK (incidents >= 0),
        complaints int NOT NULL CHECK (complaints >= 0 AND complaints <= candidates),
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX exam_sittings_by_held ON public_legal_services.exam_sittings (held_at, id)`);
    for (const sql of [
      ...outboxTableSql('public_legal_services'), ...outboxQuarantineSql('public_legal_services'), ...outboxTraceparentSql('public_legal_services'),
      ...idempotencyTableSql('public_legal_services'), ...idempotencyPerUserSql('public_legal_services'),
    ]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE public_legal_services.idempotency_keys, public_legal_services.outbox, public_legal_services.exam_sittings,
      public_legal_services.complaints, public_legal_services.providers, public_legal_services.service_records, public_legal_services.platforms`);
  }
}
