import { Module } from '@nestjs/common';
import { AccountRepository } from './persistence/account.repository';

/** The account table alone, for the sessions module (which the account routes' guard lives in). */
@Module({ providers: [AccountRepository], exports: [AccountRepository] })
export class AccountsPersistenceModule {}
