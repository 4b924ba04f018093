import { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = [
  'coordination_groups_established', 'coordination_groups_dissolved', 'committee_meetings', 'committee_first_meetings',
  'cleanup_reviewed', 'cleanup_kept', 'cleanup_amended', 'cleanup_repealed',
];

export class LegalAffairsCleanupCommittee1767009000000 implements MigrationInterface {
  name = 'LegalAffairsCleanupCommittee1767009000000';

  async up(q: QueryRunner): Promise<void> {
    // The rule-of-law committee's coordination groups and meetings and the clean-up decisions, in
    // the cells of no unit (unit ''), like the leadership meetings. Events applied before this
    // migration were not counted: a rebuild counts them (docs/reporting.md).
    await q.query(`ALTER TABLE legal_affairs_rollup ${COLUMNS.map((c) => `ADD COLUMN ${c} bigint NOT NULL DEFAULT 0`).join(', ')}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE legal_affairs_rollup ${COLUMNS.map((c) => `DROP COLUMN ${c}`).join(', ')}`);
  }
}
