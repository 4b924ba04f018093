import { CLOCK, Clock, DomainError } from '@casetrack/platform';
import { HttpException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { usernameKey } from '../../../accounts/domain/account';
import { passwordMatches } from '../../../accounts/domain/password-hash';
import { AccountRepository } from '../../../accounts/persistence/account.repository';
import { WEB_CONFIG, WebConfig } from '../../../config';
import { openSession } from '../../domain/session';
import { SIGN_IN_THROTTLE, throttleWaitSeconds } from '../../domain/throttle';
import { SessionRepository } from '../../persistence/session.repository';
import { SignInFailureRepository } from '../../persistence/sign-in-failure.repository';
import { SessionView, toSessionView } from '../../queries/get-session/session.view';
import { SignInDto } from './sign-in.dto';

/** The one answer to a wrong username, a wrong password or a disabled account: it tells none of them apart. */
export const INVALID_CREDENTIALS = '用户名或密码错误';

/** Too many failed sign-ins for this username or from this address (429, Retry-After). */
export class SignInThrottledError extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        statusCode: 429,
        error: 'Too Many Requests',
        code: 'SESSION.THROTTLED',
        message: `too many failed sign-ins; try again in ${retryAfterSeconds} s`,
        details: { retryAfterSeconds },
      },
      429,
    );
  }
}

/**
 * Signs in: refuses (429) while the username or the address is over its failure limit; checks the
 * password with argon2id (against a dummy hash for an unknown username, so timing tells nothing);
 * on any failure records it and answers 401 用户名或密码错误 with no session; on success opens one.
 */
@Injectable()
export class SignInHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly failures: SignInFailureRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  async execute(dto: SignInDto, address: string): Promise<{ token: string; view: SessionView }> {
    const em = this.dataSource.manager;
    const key = usernameKey(dto.username);
    const { perAccount, perAddress, windowMs } = SIGN_IN_THROTTLE;
    const recent = await this.failures.recent(em, key, address, this.clock.now(), windowMs, { perAccount, perAddress });
    const now = this.clock.now();
    const wait = Math.max(throttleWaitSeconds(recent.account, perAccount, windowMs, now), throttleWaitSeconds(recent.address, perAddress, windowMs, now));
    if (wait > 0) throw new SignInThrottledError(wait);

    const account = await this.accounts.findByUsername(em, dto.username);
    const matches = await passwordMatches(dto.password, account?.passwordHash ?? null);
    if (!account || !matches || account.disabled) {
      await this.failures.record(em, key, address, this.clock.now(), windowMs);
      throw new DomainError('SESSION.INVALID_CREDENTIALS', INVALID_CREDENTIALS, 'unauthenticated');
    }
    const opened = openSession(account.id, this.clock.now(), { idleMinutes: this.config.sessionIdleMinutes, maxHours: this.config.sessionMaxHours });
    await this.dataSource.transaction(async (tx) => {
      await this.failures.clearAccount(tx, key);
      await this.sessions.deleteExpired(tx, opened.session.createdAt);
      await this.sessions.insert(tx, opened.session);
    });
    return { token: opened.token, view: toSessionView(account, opened.session.csrfToken) };
  }
}
