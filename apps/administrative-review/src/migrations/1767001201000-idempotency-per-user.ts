import { idempotencyPerUserDownSql, idempotencyPerUserSql } from '@casetrack/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys belong to their user as well as their route, and expire (pruned by created_at). */
export class IdempotencyPerUser1767001201000 implements MigrationInterface {
  name = 'IdempotencyPerUser1767001201000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of idempotencyPerUserSql('admin_review')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of idempotencyPerUserDownSql('admin_review')) await q.query(sql);
  }
}
