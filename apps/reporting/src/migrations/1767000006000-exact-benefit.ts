import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The legal aid benefit sums become numeric: one amount is at most MAX_FEN (10^12 fen), but a
 * rollup cell adds up every closure of its cell, and bigint would overflow after ~9.2 million
 * closures at the maximum — an accepted event would then fail its batch forever. numeric cannot
 * overflow; the values stay whole numbers of fen (the projection writes BigInt text).
 */
export class ExactBenefit1767000006000 implements MigrationInterface {
  name = 'ExactBenefit1767000006000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['legal_aid_rollup', 'legal_aid_group_rollup'])
      await q.query(`ALTER TABLE ${table} ALTER COLUMN benefit_fen TYPE numeric, ALTER COLUMN benefit_fen SET DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['legal_aid_rollup', 'legal_aid_group_rollup'])
      await q.query(`ALTER TABLE ${table} ALTER COLUMN benefit_fen TYPE bigint, ALTER COLUMN benefit_fen SET DEFAULT 0`);
  }
}
