import { CLOCK, Clock, InvalidInputError } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionRepository } from '../../../sessions/persistence/session.repository';
import { Account } from '../../domain/account';
import { hashPassword, passwordMatches } from '../../domain/password-hash';
import { assertPasswordAcceptable } from '../../domain/password-policy';
import { AccountRepository } from '../../persistence/account.repository';

/**
 * Changes the signed-in account's own password: the current one must match and the new one meet
 * the policy (400 naming the field otherwise). Clears must_change_password and ends the account's
 * other sessions (a password change is what someone does who fears another has it).
 */
@Injectable()
export class ChangePasswordHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(account: Account, sessionId: string, currentPassword: string, newPassword: string): Promise<void> {
    if (!(await passwordMatches(currentPassword, account.passwordHash)))
      throw new InvalidInputError('ACCOUNT.WRONG_PASSWORD', 'currentPassword', 'currentPassword: is not the account’s password');
    assertPasswordAcceptable(newPassword, account.username, 'newPassword');
    if (newPassword === currentPassword) throw new InvalidInputError('ACCOUNT.WEAK_PASSWORD', 'newPassword', 'newPassword: must differ from the current password');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (em) => {
      await this.accounts.setPassword(em, account.id, passwordHash, false, this.clock.now());
      await this.sessions.deleteForAccount(em, account.id, sessionId);
    });
  }
}
