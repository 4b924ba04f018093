import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Failed sign-ins in web.sign_in_failures, kept only as long as the throttle window looks back. */
@Injectable()
export class SignInFailureRepository {
  async record(em: EntityManager, usernameKey: string, address: string, at: Date, windowMs: number): Promise<void> {
    await em.query(`INSERT INTO web.sign_in_failures (username_key, address, failed_at) VALUES ($1, $2, $3)`, [usernameKey, address, at]);
    await em.query(`DELETE FROM web.sign_in_failures WHERE failed_at <= $1`, [new Date(at.getTime() - windowMs)]);
  }

  /** The times of failures within the window before `now`, for one username and for one address (newest first, at most `limit` each). */
  async recent(em: EntityManager, usernameKey: string, address: string, now: Date, windowMs: number, limits: { perAccount: number; perAddress: number }) {
    const since = new Date(now.getTime() - windowMs);
    const times = async (column: 'username_key' | 'address', value: string, limit: number) =>
      ((await em.query(`SELECT failed_at FROM web.sign_in_failures WHERE ${column} = $1 AND failed_at > $2 ORDER BY failed_at DESC LIMIT $3`, [value, since, limit])) as { failed_at: Date }[]).map(
        (r) => r.failed_at,
      );
    return { account: await times('username_key', usernameKey, limits.perAccount), address: await times('address', address, limits.perAddress) };
  }

  /** Forgets an account's failures once its holder signs in (the address's stay). */
  async clearAccount(em: EntityManager, usernameKey: string): Promise<void> {
    await em.query(`DELETE FROM web.sign_in_failures WHERE username_key = $1`, [usernameKey]);
  }
}
