import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Account } from '../domain/account';

interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  role: Account['role'];
  unit: string | null;
  disabled: boolean;
  password_hash: string;
  must_change_password: boolean;
  created_at: Date;
  updated_at: Date;
}

const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  unit: r.unit,
  disabled: r.disabled,
  passwordHash: r.password_hash,
  mustChangePassword: r.must_change_password,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Accounts in web.accounts; usernames are looked up regardless of case. */
@Injectable()
export class AccountRepository {
  /** Inserts; returns false when the username (in any case) is taken. */
  async insert(em: EntityManager, a: Account): Promise<boolean> {
    const rows = await em.query(
      `INSERT INTO web.accounts (id, username, display_name, role, unit, disabled, password_hash, must_change_password, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (lower(username)) DO NOTHING RETURNING id`,
      [a.id, a.username, a.displayName, a.role, a.unit, a.disabled, a.passwordHash, a.mustChangePassword, a.createdAt, a.updatedAt],
    );
    return rows.length === 1;
  }

  async findByUsername(em: EntityManager, username: string): Promise<Account | null> {
    const rows: AccountRow[] = await em.query(`SELECT * FROM web.accounts WHERE lower(username) = lower($1)`, [username]);
    return rows.length ? toAccount(rows[0]) : null;
  }

  /** The account, locked for the rest of the transaction when `lock` (a password change reads, checks, then writes). */
  async findById(em: EntityManager, id: string, lock = false): Promise<Account | null> {
    const rows: AccountRow[] = await em.query(`SELECT * FROM web.accounts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return rows.length ? toAccount(rows[0]) : null;
  }

  /** Every account by username; the bureau has tens of accounts, not thousands, so no paging. */
  async list(em: EntityManager): Promise<Account[]> {
    const rows: AccountRow[] = await em.query(`SELECT * FROM web.accounts ORDER BY lower(username), id`);
    return rows.map(toAccount);
  }

  async countEnabledAdmins(em: EntityManager): Promise<number> {
    const rows: { n: string }[] = await em.query(`SELECT count(*) AS n FROM web.accounts WHERE role = 'admin' AND NOT disabled`);
    return Number(rows[0].n);
  }

  async setPassword(em: EntityManager, id: string, passwordHash: string, mustChange: boolean, now: Date): Promise<void> {
    await em.query(`UPDATE web.accounts SET password_hash = $2, must_change_password = $3, updated_at = $4 WHERE id = $1`, [id, passwordHash, mustChange, now]);
  }

  async disable(em: EntityManager, id: string, now: Date): Promise<void> {
    await em.query(`UPDATE web.accounts SET disabled = true, updated_at = $2 WHERE id = $1`, [id, now]);
  }

  async enable(em: EntityManager, id: string, now: Date): Promise<void> {
    await em.query(`UPDATE web.accounts SET disabled = false, updated_at = $2 WHERE id = $1`, [id, now]);
  }
}
