import { idempotencyPerUserDownSql, idempotencyPerUserSql } from '@casetrack/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys (of filings) belong to their user as well as their route, and expire (pruned by
 * created_at). A rebuilt schema runs this too, so its table keeps the live one's columns in order.
 */
export class IdempotencyPerUser1767001201000 implements MigrationInterface {
  name = 'IdempotencyPerUser1767001201000';

  async up(q: QueryRunner): Promise<void> {
    const [{ schema }] = await q.query(`SELECT current_schema() AS schema`);
    for (const sql of idempotencyPerUserSql(schema)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ schema }] = await q.query(`SELECT current_schema() AS schema`);
    for (const sql of idempotencyPerUserDownSql(schema)) await q.query(sql);
  }
}
