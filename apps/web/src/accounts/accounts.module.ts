import { Module } from '@nestjs/common';
import { AccountsPersistenceModule } from './accounts-persistence.module';
import { AddAccountController } from './commands/add-account/add-account.controller';
import { AddAccountHandler } from './commands/add-account/add-account.handler';
import { MediationCommittees } from './commands/add-account/mediation-committees';
import { ChangePasswordController } from './commands/change-password/change-password.controller';
import { ChangePasswordHandler } from './commands/change-password/change-password.handler';
import { DisableAccountController } from './commands/disable-account/disable-account.controller';
import { DisableAccountHandler } from './commands/disable-account/disable-account.handler';
import { EnableAccountController } from './commands/enable-account/enable-account.controller';
import { EnableAccountHandler } from './commands/enable-account/enable-account.handler';
import { ResetPasswordController } from './commands/reset-password/reset-password.controller';
import { ResetPasswordHandler } from './commands/reset-password/reset-password.handler';
import { ListAccountsController } from './queries/list-accounts/list-accounts.controller';

/** Accounts: the admin's add, disable, enable and reset, and everyone's own password change. */
@Module({
  imports: [AccountsPersistenceModule],
  controllers: [AddAccountController, ListAccountsController, DisableAccountController, EnableAccountController, ResetPasswordController, ChangePasswordController],
  providers: [AddAccountHandler, MediationCommittees, DisableAccountHandler, EnableAccountHandler, ResetPasswordHandler, ChangePasswordHandler],
})
export class AccountsModule {}
