import { InvalidInputError, isRole, Role, ROLES, UNIT_BOUND_ROLES } from '@casetrack/platform';

/** A person who signs in to the web workspace; the services see only its id, role and unit (in the token). */
export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** The committee code of a mediation clerk; null for every other role. */
  unit: string | null;
  disabled: boolean;
  passwordHash: string;
  /** Set by an admin's reset (and on the first admin): only the password change is open until it is cleared. */
  mustChangePassword: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** What an account looks like to its holder and to admins: never the hash. */
export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unit: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
}

export const toAccountView = (a: Account): AccountView => ({
  id: a.id,
  username: a.username,
  displayName: a.displayName,
  role: a.role,
  unit: a.unit,
  disabled: a.disabled,
  mustChangePassword: a.mustChangePassword,
});

/** Letters, digits, dot, underscore and hyphen, starting with a letter or digit: safe in logs, URLs and the CLI. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** The committee codes of the mediation service (the same rule the token's unit claim follows). */
export const UNIT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/;

/** The key usernames are compared by: case does not make another account. */
export const usernameKey = (username: string): string => username.toLowerCase();

export interface NewAccount {
  id: string;
  username: string;
  displayName?: string;
  role: string;
  unit?: string | null;
  passwordHash: string;
  mustChangePassword?: boolean;
}

/**
 * Builds an account, enforcing the username rule, a known role, and that a unit is given for a
 * mediation clerk and for no other role (the token rule the services check).
 */
export function createAccount(input: NewAccount, now: Date): Account {
  if (!USERNAME_PATTERN.test(input.username))
    throw new InvalidInputError('ACCOUNT.INVALID_USERNAME', 'username', 'username: 1–64 letters, digits, dot, underscore or hyphen, starting with a letter or digit');
  if (!isRole(input.role)) throw new InvalidInputError('ACCOUNT.UNKNOWN_ROLE', 'role', `role: must be one of ${ROLES.join(', ')}`);
  const unit = input.unit ?? null;
  if (UNIT_BOUND_ROLES.includes(input.role)) {
    if (unit === null) throw new InvalidInputError('ACCOUNT.UNIT_REQUIRED', 'unit', `unit: a ${input.role} needs the code of their committee`);
    if (!UNIT_PATTERN.test(unit)) throw new InvalidInputError('ACCOUNT.INVALID_UNIT', 'unit', 'unit: a committee code (letters, digits, dot, underscore, hyphen; at most 50)');
  } else if (unit !== null) throw new InvalidInputError('ACCOUNT.UNIT_NOT_ALLOWED', 'unit', `unit: only a mediation-clerk has a unit, not a ${input.role}`);
  const displayName = (input.displayName ?? input.username).trim();
  if (displayName === '' || [...displayName].length > 100)
    throw new InvalidInputError('ACCOUNT.INVALID_DISPLAY_NAME', 'displayName', 'displayName: 1–100 characters');
  return {
    id: input.id,
    username: input.username,
    displayName,
    role: input.role,
    unit,
    disabled: false,
    passwordHash: input.passwordHash,
    mustChangePassword: input.mustChangePassword ?? false,
    createdAt: now,
    updatedAt: now,
  };
}
