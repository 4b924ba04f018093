import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Session } from '../domain/session';

interface SessionRow {
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
}

const toSession = (r: SessionRow): Session => ({
  id: r.id,
  accountId: r.account_id,
  csrfToken: r.csrf_token,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  expiresAt: r.expires_at,
});

/** Sessions in web.sessions, by the hash of their token. */
@Injectable()
export class SessionRepository {
  async insert(em: EntityManager, s: Session): Promise<void> {
    await em.query(`INSERT INTO web.sessions (id, account_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      s.id, s.accountId, s.csrfToken, s.createdAt, s.lastSeenAt, s.expiresAt,
    ]);
  }

  async find(em: EntityManager, id: string): Promise<Session | null> {
    const rows: SessionRow[] = await em.query(`SELECT * FROM web.sessions WHERE id = $1`, [id]);
    return rows.length ? toSession(rows[0]) : null;
  }

  async touch(em: EntityManager, id: string, now: Date): Promise<void> {
    await em.query(`UPDATE web.sessions SET last_seen_at = greatest(last_seen_at, $2) WHERE id = $1`, [id, now]);
  }

  async delete(em: EntityManager, id: string): Promise<void> {
    await em.query(`DELETE FROM web.sessions WHERE id = $1`, [id]);
  }

  /** Ends every session of the account, but `keep` (the one changing its own password). */
  async deleteForAccount(em: EntityManager, accountId: string, keep?: string): Promise<void> {
    await em.query(`DELETE FROM web.sessions WHERE account_id = $1 AND id <> $2`, [accountId, keep ?? '']);
  }

  /** Drops sessions past their absolute end (idle ones are dropped when next presented). */
  async deleteExpired(em: EntityManager, now: Date): Promise<void> {
    await em.query(`DELETE FROM web.sessions WHERE expires_at <= $1`, [now]);
  }
}
