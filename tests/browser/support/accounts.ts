import { expect, Page, request } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { stack } from './stack';

/** A username no earlier test of this run has taken. */
export const freshUsername = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** A call to the web app with the signed-in page's session and its CSRF token (a test's starting point, not what it checks). */
export async function callApi(page: Page, method: 'POST' | 'GET', path: string, data?: unknown) {
  const { csrfToken } = await (await page.request.get('/api/session')).json();
  return page.request.fetch(path, { method, headers: { 'x-csrf-token': csrfToken }, ...(data !== undefined ? { data } : {}) });
}

/**
 * An account added through the API by the admin signed in on `admin`, whose holder has already set
 * their own password (so it signs in straight to its home page).
 */
export async function accountThroughApi(admin: Page, role: string, displayName: string): Promise<{ id: string; username: string; password: string; displayName: string }> {
  const username = freshUsername(role);
  const added = await callApi(admin, 'POST', '/api/accounts', { username, role, displayName });
  expect(added.status()).toBe(201);
  const { account, oneTimePassword } = await added.json();
  const password = `own-passphrase-${randomUUID().slice(0, 6)}`;
  const holder = await request.newContext({ baseURL: stack().webUrl });
  try {
    const signedIn = await holder.post('/api/session', { data: { username, password: oneTimePassword } });
    expect(signedIn.status()).toBe(200);
    const { csrfToken } = await signedIn.json();
    expect((await holder.post('/api/account/password', { headers: { 'x-csrf-token': csrfToken }, data: { currentPassword: oneTimePassword, newPassword: password } })).status()).toBe(204);
  } finally {
    await holder.dispose();
  }
  return { id: account.id, username, password, displayName };
}

/** Fills the login page and presses 登录; what follows is the caller's to check. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}
