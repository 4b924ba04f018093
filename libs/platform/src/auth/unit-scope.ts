import { currentActor } from './actor-context';
import { ForbiddenError } from './auth-errors';

/**
 * Throws AUTH.FORBIDDEN_UNIT (403) unless the current user may act for `unit`: a user bound to a
 * unit (a mediation clerk) only for their own; every other user, and system work, for any unit.
 * The 403 names only the user's own unit: a clerk who asks for a dispute by id must not learn from
 * the refusal which other committee holds it.
 */
export function assertMayActFor(unit: string): void {
  const actor = currentActor();
  if (actor?.unit !== undefined && actor.unit !== unit)
    throw new ForbiddenError('AUTH.FORBIDDEN_UNIT', `a ${actor.role} of ${actor.unit} may act only for ${actor.unit}`, { unit: actor.unit });
}

/**
 * The unit filter a list query may use: a bound user sees only their own unit (naming another is a
 * 403), everyone else gets `requested` unchanged (undefined = every unit).
 */
export function scopeToUnit(requested: string | undefined): string | undefined {
  const unit = currentActor()?.unit;
  if (unit === undefined) return requested;
  if (requested !== undefined) assertMayActFor(requested);
  return unit;
}
