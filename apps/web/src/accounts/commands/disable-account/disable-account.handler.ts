import { CLOCK, Clock, DomainError, NotFoundError } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionRepository } from '../../../sessions/persistence/session.repository';
import { AccountView, toAccountView } from '../../domain/account';
import { AccountRepository } from '../../persistence/account.repository';

/**
 * Disables an account and ends its sessions at once. Refuses (409) an admin disabling themselves
 * and the last enabled admin: nobody could then manage the accounts but an operator with the CLI.
 */
@Injectable()
export class DisableAccountHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string, byAccountId?: string): Promise<AccountView> {
    return this.dataSource.transaction(async (em) => {
      // Admins are counted under a lock, so two admins disabling each other cannot leave none.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('casetrack.web.admins'))`);
      const account = await this.accounts.findById(em, id, true);
      if (!account) throw new NotFoundError('account', id);
      if (id === byAccountId) throw new DomainError('ACCOUNT.CANNOT_DISABLE_SELF', 'an admin cannot disable their own account', 'conflict');
      if (account.disabled) return toAccountView(account);
      if (account.role === 'admin' && (await this.accounts.countEnabledAdmins(em)) <= 1)
        throw new DomainError('ACCOUNT.LAST_ADMIN', `${account.username} is the last enabled admin`, 'conflict', { username: account.username });
      const now = this.clock.now();
      await this.accounts.disable(em, id, now);
      await this.sessions.deleteForAccount(em, id);
      return toAccountView({ ...account, disabled: true, updatedAt: now });
    });
  }
}
