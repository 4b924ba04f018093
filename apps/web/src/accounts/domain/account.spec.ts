import { DomainError, ROLES } from '@casetrack/platform';
import { createAccount, usernameKey } from './account';
import { generateOneTimePassword, passwordProblem } from './password-policy';

const now = new Date('2026-03-01T08:00:00Z');
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    return (err as DomainError).code;
  }
  return 'accepted';
};
const account = (input: { username?: string; role: string; unit?: string | null; displayName?: string }) =>
  codeOf(() => createAccount({ id: 'a-1', username: 'zhang.wei', passwordHash: '$argon2id$x', ...input }, now));

describe('an account', () => {
  it.each(ROLES.filter((r) => r !== 'mediation-clerk'))('of role %s has no unit', (role) => {
    expect(account({ role })).toBe('accepted');
    expect(account({ role, unit: 'SPB-POLICE-01' })).toBe('ACCOUNT.UNIT_NOT_ALLOWED');
  });

  it('of a mediation clerk needs a committee code as its unit', () => {
    expect(account({ role: 'mediation-clerk', unit: 'SPB-POLICE-01' })).toBe('accepted');
    expect(account({ role: 'mediation-clerk' })).toBe('ACCOUNT.UNIT_REQUIRED');
    expect(account({ role: 'mediation-clerk', unit: 'SPB POLICE' })).toBe('ACCOUNT.INVALID_UNIT');
  });

  it('has one of the six roles', () => {
    expect(account({ role: 'superuser' })).toBe('ACCOUNT.UNKNOWN_ROLE');
  });

  it.each(['', '-lead', 'zhang wei', '张伟', 'a'.repeat(65)])('refuses the username %p', (username) => {
    expect(account({ username, role: 'admin' })).toBe('ACCOUNT.INVALID_USERNAME');
  });

  it('shows the username when no display name is given, and trims one that is', () => {
    expect(createAccount({ id: 'a', username: 'li.si', role: 'admin', passwordHash: 'h' }, now).displayName).toBe('li.si');
    expect(createAccount({ id: 'a', username: 'li.si', role: 'admin', passwordHash: 'h', displayName: ' 李四 ' }, now).displayName).toBe('李四');
  });

  it('is the same account whatever the case of its username', () => {
    expect(usernameKey('Zhang.Wei')).toBe(usernameKey('zhang.wei'));
  });
});

describe('the password policy', () => {
  it('wants at least 10 characters, counted as characters, not bytes', () => {
    expect(passwordProblem('123456789', 'li.si')).toMatch(/at least 10/);
    expect(passwordProblem('1234567890', 'li.si')).toBeNull();
    // Nine Chinese characters are 27 bytes, still nine characters.
    expect(passwordProblem('人民调解委员会主任', 'li.si')).toMatch(/at least 10/);
    expect(passwordProblem('人民调解委员会的主任', 'li.si')).toBeNull();
  });

  it('refuses blanks only, the username inside the password, and more than 256 characters', () => {
    expect(passwordProblem(' '.repeat(12), 'li.si')).toMatch(/blanks/);
    expect(passwordProblem('my name is Li.Si ok', 'li.si')).toMatch(/username/);
    expect(passwordProblem('x'.repeat(257), 'li.si')).toMatch(/at most 256/);
  });

  it('generates one-time passwords it accepts, each different, without look-alike characters', () => {
    const passwords = Array.from({ length: 50 }, generateOneTimePassword);
    expect(new Set(passwords).size).toBe(50);
    for (const p of passwords) {
      expect(passwordProblem(p, 'admin')).toBeNull();
      expect(p).not.toMatch(/[0O1lI]/);
    }
  });
});
