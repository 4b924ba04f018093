import { MigrationInterface, QueryRunner } from 'typeorm';

export class LegalAffairsCoverage1767009100000 implements MigrationInterface {
  name = 'LegalAffairsCoverage1767009100000';

  async up(q: QueryRunner): Promise<void> {
    // The registry of district units and the advisers' engagements, each row one case of the
    // legal-affairs topic with its period: adviser coverage at an instant (区级单位法律顾问全覆盖) is
    // the units active then with an engagement of the same unit name running then (decision 52).
    await q.query(`
      CREATE TABLE legal_affairs_units (
        district text NOT NULL,
        case_id uuid NOT NULL,
        unit text NOT NULL,
        registered_at timestamptz NOT NULL,
        dissolved_at timestamptz,
        PRIMARY KEY (district, case_id)
      )`);
    await q.query(`
      CREATE TABLE legal_affairs_engagements (
        district text NOT NULL,
        case_id uuid NOT NULL,
        unit text NOT NULL,
        started_at timestamptz NOT NULL,
        ended_at timestamptz,
        PRIMARY KEY (district, case_id)
      )`);
    await q.query(`CREATE INDEX legal_affairs_engagements_by_unit ON legal_affairs_engagements (district, unit)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_affairs_engagements, legal_affairs_units`);
  }
}
