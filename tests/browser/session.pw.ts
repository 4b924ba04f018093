import { expect, test } from '@playwright/test';
import { lastYearInShanghai, shot, signIn, sql } from './support/pages';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

test.describe('signing in and out', () => {
  test('an admin signs in and lands on last year\'s report with their name and every service in the menu', async ({ page }) => {
    await signIn(page, 'admin');
    await expect(page).toHaveURL(new RegExp(`/reports/${lastYearInShanghai()}$`));
    const nav = page.getByRole('menu', { name: '主导航' });
    for (const label of ['人民调解', '法律援助', '行政复议', '案卷评查', '年度报告']) await expect(nav.getByText(label, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '修改密码' })).toBeVisible();
    await shot(page, 'signed-in-admin');
  });

  test('a mediation clerk lands on 人民调解 and sees only the services of their role', async ({ page }) => {
    await signIn(page, 'clerk');
    await expect(page).toHaveURL(/\/mediation$/);
    const nav = page.getByRole('menu', { name: '主导航' });
    await expect(nav.getByText('人民调解', { exact: true })).toBeVisible();
    await expect(nav.getByText('年度报告', { exact: true })).toBeVisible();
    for (const hidden of ['法律援助', '行政复议', '案卷评查']) await expect(nav.getByText(hidden, { exact: true })).toHaveCount(0);
  });

  test('a wrong password shows 用户名或密码错误 and opens no session', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill(stack().users.admin.username);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert')).toHaveText('用户名或密码错误');
    await expect(page).toHaveURL(/\/login$/);
    expect((await page.request.get('/api/session')).status()).toBe(401);
    expect((await page.context().cookies()).filter((c) => c.name === 'casetrack_session')).toHaveLength(0);
    await shot(page, 'login-wrong-password');
  });

  test('signing out ends the session and returns to the login page', async ({ page }) => {
    await signIn(page, 'admin');
    expect((await page.request.get('/api/session')).status()).toBe(200);
    await page.getByRole('button', { name: '退出' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
    expect((await page.request.get('/api/session')).status()).toBe(401);
    await page.goto('/mediation');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('a session that has ended sends the next page back to the login page', async ({ page }) => {
    await signIn(page, 'clerk');
    const [{ id }] = await sql<{ id: string }>(`SELECT id FROM web.accounts WHERE username = $1`, [stack().users.clerk.username]);
    // As the server does when a session goes idle or passes its end: the row is gone.
    await sql(`DELETE FROM web.sessions WHERE account_id = $1`, [id]);
    await page.getByRole('menu', { name: '主导航' }).getByText('年度报告', { exact: true }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel('用户名')).toBeVisible();
  });
});
