import { Account } from '../../../accounts/domain/account';

/** What the browser learns about its session: who is signed in, and the token its state-changing calls must echo. */
export interface SessionView {
  account: { id: string; username: string; displayName: string; role: Account['role']; unit: string | null; mustChangePassword: boolean };
  csrfToken: string;
}

export const toSessionView = (a: Account, csrfToken: string): SessionView => ({
  account: { id: a.id, username: a.username, displayName: a.displayName, role: a.role, unit: a.unit, mustChangePassword: a.mustChangePassword },
  csrfToken,
});
