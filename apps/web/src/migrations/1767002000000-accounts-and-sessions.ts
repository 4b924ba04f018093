import { idempotencyPerUserSql, idempotencyTableSql } from '@casetrack/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The web app's accounts, their sessions and the sign-in failures that slow guessing down. The
 * idempotency table is unused by the web app's own routes, but the platform prunes it in every schema.
 */
export class AccountsAndSessions1767002000000 implements MigrationInterface {
  name = 'AccountsAndSessions1767002000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE web.accounts (
        id uuid PRIMARY KEY,
        username text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL,
        unit text,
        disabled boolean NOT NULL DEFAULT false,
        password_hash text NOT NULL,
        must_change_password boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT account_role_known CHECK (role IN ('mediation-clerk', 'legal-aid-officer', 'review-officer', 'enforcement-supervisor', 'report-reader', 'admin')),
        CONSTRAINT account_unit_only_for_clerks CHECK ((role = 'mediation-clerk') = (unit IS NOT NULL)),
        CONSTRAINT account_hash_is_argon2id CHECK (password_hash LIKE '$argon2id$%')
      )`);
    // Usernames are unique regardless of case: "Admin" and "admin" are one account.
    await q.query(`CREATE UNIQUE INDEX accounts_username_ci ON web.accounts (lower(username))`);
    await q.query(`
      CREATE TABLE web.sessions (
        id text PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES web.accounts (id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_by_account ON web.sessions (account_id)`);
    await q.query(`CREATE INDEX sessions_by_expiry ON web.sessions (expires_at)`);
    await q.query(`
      CREATE TABLE web.sign_in_failures (
        id bigserial PRIMARY KEY,
        username_key text NOT NULL,
        address text NOT NULL,
        failed_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sign_in_failures_by_username ON web.sign_in_failures (username_key, failed_at)`);
    await q.query(`CREATE INDEX sign_in_failures_by_address ON web.sign_in_failures (address, failed_at)`);
    await q.query(`CREATE INDEX sign_in_failures_by_time ON web.sign_in_failures (failed_at)`);
    for (const sql of [...idempotencyTableSql('web'), ...idempotencyPerUserSql('web')]) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE web.idempotency_keys, web.sign_in_failures, web.sessions, web.accounts`);
  }
}
