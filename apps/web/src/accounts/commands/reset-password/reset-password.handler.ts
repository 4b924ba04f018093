import { CLOCK, Clock, NotFoundError } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionRepository } from '../../../sessions/persistence/session.repository';
import { AccountView, toAccountView } from '../../domain/account';
import { hashPassword } from '../../domain/password-hash';
import { generateOneTimePassword } from '../../domain/password-policy';
import { AccountRepository } from '../../persistence/account.repository';

/** Gives an account a new one-time password (answered once, to be changed at sign-in) and ends its sessions. */
@Injectable()
export class ResetPasswordHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(id: string): Promise<{ account: AccountView; oneTimePassword: string }> {
    const oneTimePassword = generateOneTimePassword();
    const passwordHash = await hashPassword(oneTimePassword);
    return this.dataSource.transaction(async (em) => {
      const account = await this.accounts.findById(em, id, true);
      if (!account) throw new NotFoundError('account', id);
      const now = this.clock.now();
      await this.accounts.setPassword(em, id, passwordHash, true, now);
      await this.sessions.deleteForAccount(em, id);
      return { account: toAccountView({ ...account, mustChangePassword: true, updatedAt: now }), oneTimePassword };
    });
  }
}
