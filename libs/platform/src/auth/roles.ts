/** Every role a token can carry. */
export const ROLES = [
  'mediation-clerk', 'legal-aid-officer', 'review-officer', 'legal-affairs-officer', 'enforcement-supervisor', 'report-reader', 'admin',
  'public-legal-services-officer', 'legal-education-officer',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Roles whose tokens are bound to one unit (`unit` claim): a mediation clerk works for one committee
 * and may act only on its disputes. Tokens of every other role carry no unit.
 */
export const UNIT_BOUND_ROLES: readonly Role[] = ['mediation-clerk'];

/** The verified user a request acts as: an id (never a name), a role and, for a bound role, its unit. */
export interface Actor {
  id: string;
  role: Role;
  unit?: string;
}

/** Who may use a service's routes: its roles, plus admin, who may use every route. */
export interface AccessOptions {
  roles: readonly Role[];
}

/** True for one of the roles in ROLES. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `role` may use a route open to `allowed`: admin always may, anyone else only when listed. */
export function roleAllowed(role: Role, allowed: readonly Role[]): boolean {
  return role === 'admin' || allowed.includes(role);
}
