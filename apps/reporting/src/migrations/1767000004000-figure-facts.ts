import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The facts behind every count figure, so each figure can be opened down to its cases and events,
 * and a journal of what each applied event changed, so a filed report can name the events that
 * changed it since. Both are written in the same transaction as the rollups. Unqualified names:
 * the DataSource's search_path points them at its schema (reporting, or a rebuild's).
 *
 * A deployment that already has rollups gets its facts by `npm run reporting:rebuild`: the
 * projections replayed from offset 0 write them.
 */
export class FigureFacts1767000004000 implements MigrationInterface {
  name = 'FigureFacts1767000004000';

  async up(q: QueryRunner): Promise<void> {
    // One row per counted unit: a case in one figure (a dispute's conclusion), or a part of a case
    // that counts on its own (a hearing, a reviewed file). A correction moves the row to another figure.
    await q.query(`
      CREATE TABLE figure_facts (
        area text NOT NULL,
        case_id uuid NOT NULL,
        slot text NOT NULL,
        district text NOT NULL,
        figure text NOT NULL,
        year int NOT NULL,
        dimensions jsonb NOT NULL,
        event_ids uuid[] NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (area, case_id, slot)
      )`);
    await q.query(`CREATE INDEX figure_facts_by_figure ON figure_facts (district, area, year, figure, case_id, slot)`);
    // One row per applied event that changed a figure, with where it was read: filings compare these
    // offsets with the ones they were computed at.
    await q.query(`
      CREATE TABLE figure_changes (
        event_id uuid PRIMARY KEY,
        event_type text NOT NULL,
        case_id uuid NOT NULL,
        district text NOT NULL,
        area text NOT NULL,
        year int NOT NULL,
        topic text,
        partition int,
        "offset" bigint,
        changes jsonb NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX figure_changes_by_year ON figure_changes (district, year, topic, partition, "offset")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE figure_changes, figure_facts`);
  }
}
