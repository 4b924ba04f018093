import { CLOCK, Clock, DomainError, ForbiddenError, noteRequestActor } from '@casetrack/platform';
import { CanActivate, createParamDecorator, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AccountRepository } from '../accounts/persistence/account.repository';
import { WEB_CONFIG, WebConfig } from '../config';
import { csrfTokenMatches, sessionEnded, sessionId } from './domain/session';
import { SessionRepository } from './persistence/session.repository';
import { readCookie, SESSION_COOKIE } from './session-cookie';
import { requestHeader, sameOrigin, SignedIn, WebRequest } from './web-request';

const ADMIN_ONLY = 'casetrack:web:admin-only';
const BEFORE_PASSWORD_CHANGE = 'casetrack:web:before-password-change';

/** Only an admin's session may use the route (403 AUTH.FORBIDDEN_ROLE otherwise). */
export const AdminOnly = () => SetMetadata(ADMIN_ONLY, true);
/** The route stays open while the account must still change its one-time password (who am I, sign out, change password). */
export const OpenBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);

/** The signed-in session and account of the request (routes behind SessionGuard). */
export const CurrentSession = createParamDecorator((_: unknown, ctx: ExecutionContext): SignedIn => ctx.switchToHttp().getRequest<WebRequest>().signedIn!);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const noSession = () => new DomainError('SESSION.REQUIRED', 'no signed-in session (or it has ended): sign in first', 'unauthenticated');

/**
 * Lets a request through with a live session of an enabled account: the cookie's session must exist,
 * be neither idle too long nor past its end (401 otherwise, and it is deleted); a state-changing
 * request must come from this origin and carry the session's X-CSRF-Token (403 otherwise). Each
 * request that passes renews the idle timer.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    private readonly accounts: AccountRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<WebRequest>();
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!token) throw noSession();
    const em = this.dataSource.manager;
    const now = this.clock.now();
    const session = await this.sessions.find(em, sessionId(token));
    if (!session) throw noSession();
    const limits = { idleMinutes: this.config.sessionIdleMinutes, maxHours: this.config.sessionMaxHours };
    const account = sessionEnded(session, now, limits) ? null : await this.accounts.findById(em, session.accountId);
    if (!account || account.disabled) {
      await this.sessions.delete(em, session.id);
      throw noSession();
    }
    if (!SAFE_METHODS.has(request.method)) {
      if (!sameOrigin(request)) throw new DomainError('SESSION.FOREIGN_ORIGIN', 'the request comes from another origin than this app', 'forbidden');
      if (!csrfTokenMatches(requestHeader(request, 'x-csrf-token'), session.csrfToken))
        throw new DomainError('SESSION.CSRF_TOKEN_INVALID', 'a state-changing request needs the X-CSRF-Token header of its session (GET /api/session gives it)', 'forbidden');
    }
    const targets = [context.getHandler(), context.getClass()];
    if (account.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, targets))
      throw new DomainError('ACCOUNT.PASSWORD_CHANGE_REQUIRED', 'change the one-time password first (POST /api/account/password)', 'forbidden');
    if (this.reflector.getAllAndOverride<boolean>(ADMIN_ONLY, targets) && account.role !== 'admin')
      throw new ForbiddenError('AUTH.FORBIDDEN_ROLE', `role ${account.role} may not use ${request.method} ${request.url.split('?')[0]}; open to: admin`, { role: account.role, allowed: ['admin'] });
    await this.sessions.touch(em, session.id, now);
    request.signedIn = { session, account };
    noteRequestActor(request, account.id);
    return true;
  }
}
