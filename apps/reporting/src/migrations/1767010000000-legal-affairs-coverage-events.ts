import { MigrationInterface, QueryRunner } from 'typeorm';

export class LegalAffairsCoverageEvents1767010000000 implements MigrationInterface {
  name = 'LegalAffairsCoverageEvents1767010000000';

  async up(q: QueryRunner): Promise<void> {
    // The events that opened and closed each period (a unit's registration and dissolution, an
    // engagement's start and end): the drill-through of the coverage at the year's end names them.
    // Rows written before this migration have none: `npm run reporting:rebuild` fills them.
    await q.query(`ALTER TABLE legal_affairs_units ADD COLUMN start_event_id uuid, ADD COLUMN end_event_id uuid`);
    await q.query(`ALTER TABLE legal_affairs_engagements ADD COLUMN start_event_id uuid, ADD COLUMN end_event_id uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE legal_affairs_engagements DROP COLUMN start_event_id, DROP COLUMN end_event_id`);
    await q.query(`ALTER TABLE legal_affairs_units DROP COLUMN start_event_id, DROP COLUMN end_event_id`);
  }
}
