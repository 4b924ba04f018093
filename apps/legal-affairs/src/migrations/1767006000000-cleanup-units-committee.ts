import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clean-up campaigns and their decisions, the registry of district units (adviser coverage is
 * counted over it), the rule-of-law committee's coordination groups and meetings.
 */
export class CleanupUnitsCommittee1767006000000 implements MigrationInterface {
  name = 'CleanupUnitsCommittee1767006000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_affairs.cleanup_campaigns (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        started_at timestamptz NOT NULL,
        status text NOT NULL,
        closed_at timestamptz,
        kept int NOT NULL DEFAULT 0 CHECK (kept >= 0),
        amended int NOT NULL DEFAULT 0 CHECK (amended >= 0),
        repealed int NOT NULL DEFAULT 0 CHECK (repealed >= 0),
        last_decided_at timestamptz,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cleanup_closed_after_start CHECK (closed_at IS NULL OR closed_at >= started_at),
        CONSTRAINT cleanup_closed_iff_status CHECK ((status = 'closed') = (closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX cleanup_campaigns_by_started ON legal_affairs.cleanup_campaigns (started_at, id)`);
    await q.query(`CREATE INDEX cleanup_campaigns_by_status ON legal_affairs.cleanup_campaigns (status, started_at, id)`);
    await q.query(`
      CREATE TABLE legal_affairs.cleanup_decisions (
        id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES legal_affairs.cleanup_campaigns (id),
        document text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('kept', 'amended', 'repealed')),
        decided_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX cleanup_decisions_by_campaign ON legal_affairs.cleanup_decisions (campaign_id, decided_at, id)`);
    await q.query(`
      CREATE TABLE legal_affairs.district_units (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        registered_at timestamptz NOT NULL,
        status text NOT NULL,
        dissolved_at timestamptz,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT unit_dissolved_after_registered CHECK (dissolved_at IS NULL OR dissolved_at >= registered_at)
      )`);
    // The command checks under a lock; the index is the guarantee.
    await q.query(`CREATE UNIQUE INDEX district_units_active_name ON legal_affairs.district_units (name) WHERE status = 'active'`);
    await q.query(`CREATE INDEX district_units_by_registered ON legal_affairs.district_units (registered_at, id)`);
    await q.query(`CREATE INDEX district_units_by_status ON legal_affairs.district_units (status, registered_at, id)`);
    // Coverage looks up the engagements running at an instant by unit.
    await q.query(`CREATE INDEX engagements_by_unit_period ON legal_affairs.engagements (unit, started_at, ended_at)`);
    await q.query(`
      CREATE TABLE legal_affairs.coordination_groups (
        id uuid PRIMARY KEY,
        field text NOT NULL,
        name text NOT NULL,
        established_at timestamptz NOT NULL,
        status text NOT NULL,
        dissolved_at timestamptz,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT group_dissolved_after_established CHECK (dissolved_at IS NULL OR dissolved_at >= established_at)
      )`);
    await q.query(`CREATE INDEX coordination_groups_by_established ON legal_affairs.coordination_groups (established_at, id)`);
    await q.query(`CREATE INDEX coordination_groups_by_status ON legal_affairs.coordination_groups (status, established_at, id)`);
    await q.query(`CREATE INDEX coordination_groups_by_field ON legal_affairs.coordination_groups (field, established_at, id)`);
    await q.query(`
      CREATE TABLE legal_affairs.committee_meetings (
        id uuid PRIMARY KEY,
        number int NOT NULL CHECK (number BETWEEN 1 AND 999),
        held_at timestamptz NOT NULL,
        subject text NOT NULL,
        sequence int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX committee_meetings_by_held ON legal_affairs.committee_meetings (held_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX legal_affairs.engagements_by_unit_period`);
    await q.query(`DROP TABLE legal_affairs.committee_meetings, legal_affairs.coordination_groups, legal_affairs.district_units,
      legal_affairs.cleanup_decisions, legal_affairs.cleanup_campaigns`);
  }
}
