import { AccountsAndSessions1767002000000 } from './1767002000000-accounts-and-sessions';

/** Every migration of the web schema, in order. */
export const WEB_MIGRATIONS = [AccountsAndSessions1767002000000];
