import { CanActivate, ExecutionContext, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SERVICE_CONFIG, ServiceConfig } from '../config/service-config';
import { noteRequestActor } from '../logging/request-logging';
import { runAsActor } from './actor-context';
import { AuthenticationError, ForbiddenError } from './auth-errors';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { AccessOptions, Actor, Role, roleAllowed } from './roles';
import { verifyToken } from './token';

/** The service's AccessOptions (PlatformOptions.access), for the guard. */
export const ACCESS_OPTIONS = Symbol('ACCESS_OPTIONS');

const ACTOR = Symbol('casetrack.actor');
interface GuardedRequest {
  headers: Record<string, string | string[] | undefined>;
  method: string;
  url: string;
  [ACTOR]?: Actor;
}

/** The token of an `Authorization: Bearer <token>` header; AUTH.MISSING_TOKEN or AUTH.INVALID_TOKEN otherwise. */
export function bearerToken(header: string | string[] | undefined): string {
  if (header === undefined || header === '') throw new AuthenticationError('AUTH.MISSING_TOKEN', 'this request needs an Authorization: Bearer <token> header');
  const m = typeof header === 'string' ? /^Bearer +([^\s]+) *$/i.exec(header) : null;
  if (!m) throw new AuthenticationError('AUTH.INVALID_TOKEN', 'the Authorization header must be "Bearer <token>"');
  return m[1];
}

/**
 * Every route needs a valid bearer token (401 otherwise) whose role may use it (403 otherwise),
 * except routes marked @Public(). A route's roles come from @Roles on the route or its controller,
 * else from the service's `access` option; admin may use every route; with neither, only admin.
 */
@Injectable()
export class AuthGuard implements CanActivate, OnModuleInit {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly reflector: Reflector,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(ACCESS_OPTIONS) private readonly access: AccessOptions,
  ) {}

  onModuleInit(): void {
    if (this.config.auth.developmentKey)
      this.logger.warn('tokens are checked with the local development key, whose private half anyone can read in the source: set AUTH_JWT_PUBLIC_KEY anywhere but a development machine');
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const actor = await verifyToken(bearerToken(request.headers.authorization), this.config.auth);
    // Before the role check: the access line of a refused request names who was refused.
    noteRequestActor(request, actor.id);
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? this.access.roles;
    if (!roleAllowed(actor.role, allowed)) {
      const open = [...allowed.filter((r) => r !== 'admin'), 'admin'];
      const route = `${request.method} ${request.url.split('?')[0]}`;
      throw new ForbiddenError('AUTH.FORBIDDEN_ROLE', `role ${actor.role} may not use ${route}; open to: ${open.join(', ')}`, { role: actor.role, allowed: open });
    }
    request[ACTOR] = actor;
    return true;
  }
}

/** The actor the guard verified for this request; undefined on an open route. */
export function requestActor(request: object): Actor | undefined {
  return (request as GuardedRequest)[ACTOR];
}
