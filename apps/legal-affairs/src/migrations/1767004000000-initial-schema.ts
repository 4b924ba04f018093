import { idempotencyPerUserSql, idempotencyTableSql } from '@casetrack/platform';
import { outboxQuarantineSql, outboxTableSql, outboxTraceparentSql } from '@casetrack/messaging';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The legal_affairs schema: documents and contracts under legality review, advisers' engagements and
 * their work records, agenda meetings; and the outbox and idempotency tables in their current shape
 * (the other services reached it in several migrations).
 */
export class InitialSchema1767004000000 implements MigrationInterface {
  name = 'InitialSchema1767004000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_affairs.documents (
        id uuid PRIMARY KEY,
        unit text NOT NULL,
        title text NOT NULL,
        kind text NOT NULL,
        submitted_at timestamptz NOT NULL,
        status text NOT NULL,
        reviewed_at timestamptz,
        opinion text,
        normative boolean,
        filed_at timestamptz,
        found_at timestamptz,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT document_review_complete CHECK ((reviewed_at IS NULL) = (opinion IS NULL) AND (reviewed_at IS NULL) = (normative IS NULL)),
        CONSTRAINT document_filed_only_normative CHECK (filed_at IS NULL OR (normative AND opinion <> 'rejected'))
      )`);
    await q.query(`CREATE INDEX documents_by_submitted ON legal_affairs.documents (submitted_at, id)`);
    await q.query(`CREATE INDEX documents_by_status ON legal_affairs.documents (status, submitted_at, id)`);
    await q.query(`CREATE INDEX documents_by_unit ON legal_affairs.documents (unit, submitted_at, id)`);
    await q.query(`
      CREATE TABLE legal_affairs.contracts (
        id uuid PRIMARY KEY,
        unit text NOT NULL,
        title text NOT NULL,
        kind text NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        submitted_at timestamptz NOT NULL,
        status text NOT NULL,
        reviewed_at timestamptz,
        opinion text,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contract_review_complete CHECK ((reviewed_at IS NULL) = (opinion IS NULL))
      )`);
    await q.query(`CREATE INDEX contracts_by_submitted ON legal_affairs.contracts (submitted_at, id)`);
    await q.query(`CREATE INDEX contracts_by_status ON legal_affairs.contracts (status, submitted_at, id)`);
    await q.query(`CREATE INDEX contracts_by_kind ON legal_affairs.contracts (kind, submitted_at, id)`);
    await q.query(`
      CREATE TABLE legal_affairs.engagements (
        id uuid PRIMARY KEY,
        unit text NOT NULL,
        adviser text NOT NULL,
        adviser_kind text NOT NULL,
        started_at timestamptz NOT NULL,
        status text NOT NULL,
        ended_at timestamptz,
        work_record_count int NOT NULL DEFAULT 0,
        last_work_at timestamptz,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT engagement_ends_after_start CHECK (ended_at IS NULL OR ended_at >= started_at)
      )`);
    await q.query(`CREATE INDEX engagements_by_started ON legal_affairs.engagements (started_at, id)`);
    await q.query(`CREATE INDEX engagements_by_status ON legal_affairs.engagements (status, started_at, id)`);
    await q.query(`CREATE INDEX engagements_by_unit ON legal_affairs.engagements (unit, started_at, id)`);
    await q.query(`
      CREATE TABLE legal_affairs.work_records (
        id uuid PRIMARY KEY,
        engagement_id uuid NOT NULL REFERENCES legal_affairs.engagements (id),
        kind text NOT NULL,
        performed_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX work_records_by_engagement ON legal_affairs.work_records (engagement_id, performed_at, id)`);
    await q.query(`
      CREATE TABLE legal_affairs.agenda_meetings (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        held_at timestamptz NOT NULL,
        subject text NOT NULL,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX agenda_meetings_by_held ON legal_affairs.agenda_meetings (held_at, id)`);
    await q.query(`CREATE INDEX agenda_meetings_by_kind ON legal_affairs.agenda_meetings (kind, held_at, id)`);
    for (const sql of [
      ...outboxTableSql('legal_affairs'), ...outboxQuarantineSql('legal_affairs'), ...outboxTraceparentSql('legal_affairs'),
      ...idempotencyTableSql('legal_affairs'), ...idempotencyPerUserSql('legal_affairs'),
    ]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_affairs.idempotency_keys, legal_affairs.outbox, legal_affairs.work_records, legal_affairs.engagements,
      legal_affairs.agenda_meetings, legal_affairs.contracts, legal_affairs.documents`);
  }
}
