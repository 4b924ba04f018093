import { CLOCK, Clock, NotFoundError } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountView, toAccountView } from '../../domain/account';
import { AccountRepository } from '../../persistence/account.repository';

/**
 * Enables a disabled account again: its holder signs in with the password it had (a reset is the
 * admin's separate step when that is not wanted). Enabling an enabled account changes nothing.
 */
@Injectable()
export class EnableAccountHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(id: string): Promise<AccountView> {
    return this.dataSource.transaction(async (em) => {
      const account = await this.accounts.findById(em, id, true);
      if (!account) throw new NotFoundError('account', id);
      if (!account.disabled) return toAccountView(account);
      const now = this.clock.now();
      await this.accounts.enable(em, id, now);
      return toAccountView({ ...account, disabled: false, updatedAt: now });
    });
  }
}
