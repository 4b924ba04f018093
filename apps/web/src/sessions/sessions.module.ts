import { Global, Module } from '@nestjs/common';
import { AccountsPersistenceModule } from '../accounts/accounts-persistence.module';
import { SignInController } from './commands/sign-in/sign-in.controller';
import { SignInHandler } from './commands/sign-in/sign-in.handler';
import { SignOutController } from './commands/sign-out/sign-out.controller';
import { SessionRepository } from './persistence/session.repository';
import { SignInFailureRepository } from './persistence/sign-in-failure.repository';
import { GetSessionController } from './queries/get-session/get-session.controller';
import { SessionGuard } from './session.guard';

/** Sign-in, sign-out, the session lookup, and the guard every other web route stands behind (global, so their modules need not import it). */
@Global()
@Module({
  imports: [AccountsPersistenceModule],
  controllers: [SignInController, GetSessionController, SignOutController],
  providers: [SignInHandler, SessionRepository, SignInFailureRepository, SessionGuard],
  exports: [SessionRepository, SessionGuard, AccountsPersistenceModule],
})
export class SessionsModule {}
