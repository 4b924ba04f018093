import { CLOCK, Clock, DomainError, ID_GENERATOR, IdGenerator } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountView, createAccount, toAccountView } from '../../domain/account';
import { hashPassword } from '../../domain/password-hash';
import { assertPasswordAcceptable, generateOneTimePassword } from '../../domain/password-policy';
import { AccountRepository } from '../../persistence/account.repository';

export interface AddAccountInput {
  username: string;
  displayName?: string;
  role: string;
  unit?: string;
}

/**
 * Adds an account. With a `password` (the operator's CLI) it must meet the policy and is the
 * holder's own; without one (the admin page) a one-time password is generated, returned once, and
 * must be changed at the first sign-in.
 */
@Injectable()
export class AddAccountHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute(input: AddAccountInput, password?: string): Promise<{ account: AccountView; oneTimePassword?: string }> {
    if (password !== undefined) assertPasswordAcceptable(password, input.username, 'password');
    const oneTimePassword = password === undefined ? generateOneTimePassword() : undefined;
    const id = this.ids.next();
    // The rules are checked before the (deliberately slow) hash is computed.
    createAccount({ ...input, id, passwordHash: '' }, this.clock.now());
    const passwordHash = await hashPassword(password ?? oneTimePassword!);
    const account = createAccount({ ...input, id, passwordHash, mustChangePassword: oneTimePassword !== undefined }, this.clock.now());
    if (!(await this.accounts.insert(this.dataSource.manager, account)))
      throw new DomainError('ACCOUNT.USERNAME_TAKEN', `an account named ${input.username} already exists`, 'conflict', { username: input.username });
    return { account: toAccountView(account), ...(oneTimePassword ? { oneTimePassword } : {}) };
  }
}
