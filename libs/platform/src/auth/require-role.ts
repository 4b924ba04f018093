import { currentActor } from './actor-context';
import { ForbiddenError } from './auth-errors';
import { Role, roleAllowed } from './roles';

/**
 * Throws AUTH.FORBIDDEN_ROLE (403) unless the current user's role is one of `allowed` (admin always
 * is): for a part of a route that only some of the route's roles may use (`what` names it).
 * System work outside a request has no user and passes.
 */
export function assertRole(allowed: readonly Role[], what: string): void {
  const actor = currentActor();
  if (actor === undefined || roleAllowed(actor.role, allowed)) return;
  const open = [...allowed.filter((r) => r !== 'admin'), 'admin'];
  throw new ForbiddenError('AUTH.FORBIDDEN_ROLE', `role ${actor.role} may not use ${what}; open to: ${open.join(', ')}`, { role: actor.role, allowed: open });
}
