import { expect, Page, test } from '@playwright/test';
import { accountThroughApi, callApi, freshUsername, submitLogin } from './support/accounts';
import { lastYearInShanghai, otherSession, shot, signIn } from './support/pages';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

async function choose(page: Page, label: string, option: string, within = page.locator('body')) {
  await within.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

/** Opens 账号管理 from the menu. */
async function openAccounts(page: Page) {
  await page.getByRole('menuitem', { name: '账号管理' }).click();
  await expect(page.getByRole('heading', { name: '账号管理' })).toBeVisible();
}

const rowOf = (page: Page, username: string) => page.getByRole('row').filter({ has: page.getByText(username, { exact: true }) });

/** Reads the one-time password the dialog shows once, and closes it. */
async function readOneTimePassword(page: Page, title: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: title });
  const otp = (await dialog.getByTestId('one-time-password').textContent()) ?? '';
  expect(otp).toMatch(/^[A-Za-z0-9]{16}$/);
  await expect(dialog).toContainText('只显示这一次');
  return otp;
}

test.describe('账号管理', () => {
  // Each journey is three or four people's browser sessions, each loading the pages (~1.4 MB of
  // script) and signing in (an argon2id check) afresh: ~40 browser steps that took 47.8 s and 38.8 s
  // at load average 3 on the 2-core machine (a first navigation alone 3 s) — past the 45 s default,
  // which is sized for one session's page test. The trace of the timed-out run showed every answer
  // correct and no request waiting: a budget too small, not a race.
  test.describe.configure({ timeout: 120_000 });

  test('an admin adds a clerk, who signs in with the one-time password, must set a new one, then lands on 人民调解', async ({ page, browser }) => {
    const username = freshUsername('chen');
    await signIn(page, 'admin');
    await openAccounts(page);
    await expect(rowOf(page, stack().users.clerk.username)).toContainText('调解员');
    await expect(rowOf(page, stack().users.clerk.username)).toContainText('浏览器测试第一人民调解委员会（BT-ONE）');

    await page.getByRole('button', { name: '新增账号' }).click();
    const dialog = page.getByRole('dialog', { name: '新增账号' });
    await dialog.getByLabel('用户名').fill(username);
    await dialog.getByLabel('姓名').fill('陈调解');
    await choose(page, '角色', '调解员', dialog);
    // A clerk's committee is one of the mediation service's, chosen from a list.
    await dialog.getByRole('button', { name: '新增' }).click();
    await expect(dialog.getByText('调解员须选择所在调委会')).toBeVisible();
    await choose(page, '所在调委会', '浏览器测试第一人民调解委员会（BT-ONE）', dialog);
    await shot(page, 'accounts-add', false);
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/accounts') && r.method() === 'POST');
    await dialog.getByRole('button', { name: '新增' }).click();
    expect((await sent).postDataJSON()).toEqual({ username, displayName: '陈调解', role: 'mediation-clerk', unit: 'BT-ONE' });
    const otp = await readOneTimePassword(page, '账号已创建');
    await shot(page, 'accounts-one-time-password', false);
    await page.getByRole('button', { name: '我已记下' }).click();
    await expect(page.getByRole('dialog', { name: '账号已创建' })).toHaveCount(0);
    const row = rowOf(page, username);
    for (const text of ['陈调解', '调解员', '浏览器测试第一人民调解委员会（BT-ONE）', '正常', '待设置密码']) await expect(row).toContainText(text);
    await shot(page, 'accounts');

    // The new clerk, in a browser of their own.
    const clerkContext = await otherSession(browser);
    const clerk = await clerkContext.newPage();
    await submitLogin(clerk, username, otp);
    await expect(clerk).toHaveURL(/\/password$/);
    await expect(clerk.getByRole('heading', { name: '设置新密码' })).toBeVisible();
    // Nothing else opens before the new password is set.
    await clerk.goto('/mediation');
    await expect(clerk).toHaveURL(/\/password$/);
    await expect(clerk.getByTestId('display-name')).toHaveCount(0);
    await clerk.getByLabel('一次性密码').fill(otp);
    await clerk.getByLabel('新密码', { exact: true }).fill('chen-new-passphrase');
    await clerk.getByLabel('确认新密码').fill('chen-other-passphrase');
    await clerk.getByRole('button', { name: '设置新密码并进入' }).click();
    await expect(clerk.getByText('两次输入的新密码不一致')).toBeVisible();
    // The server's rule, shown beside the field: not the username in the password.
    await clerk.getByLabel('新密码', { exact: true }).fill(`x-${username}-x`);
    await clerk.getByLabel('确认新密码').fill(`x-${username}-x`);
    await clerk.getByRole('button', { name: '设置新密码并进入' }).click();
    await expect(clerk.locator('.ant-form-item').filter({ has: clerk.getByLabel('新密码', { exact: true }) }).getByText('新密码不能包含用户名')).toBeVisible();
    await clerk.setViewportSize({ width: 375, height: 800 });
    await shot(clerk, 'set-password-375');
    await clerk.setViewportSize({ width: 1280, height: 800 });
    await clerk.getByLabel('新密码', { exact: true }).fill('chen-new-passphrase');
    await clerk.getByLabel('确认新密码').fill('chen-new-passphrase');
    await clerk.getByRole('button', { name: '设置新密码并进入' }).click();
    await expect(clerk).toHaveURL(/\/mediation$/);
    await expect(clerk.getByTestId('display-name')).toContainText('陈调解');
    await expect(clerk.getByTestId('own-committee')).toContainText('BT-ONE');
    await clerkContext.close();

    // The one-time password is spent: the new one signs in, straight to 人民调解.
    const again = await otherSession(browser);
    const againPage = await again.newPage();
    await submitLogin(againPage, username, otp);
    await expect(againPage.getByRole('alert')).toHaveText('用户名或密码错误');
    await submitLogin(againPage, username, 'chen-new-passphrase');
    await expect(againPage).toHaveURL(/\/mediation$/);
    await again.close();
    await page.reload();
    await expect(rowOf(page, username)).toContainText('正常');
    await expect(rowOf(page, username)).not.toContainText('待设置密码');
  });

  test('an admin disables an account: it is signed out and its sign-in fails with 用户名或密码错误 until it is enabled again', async ({ page, browser }) => {
    await signIn(page, 'admin');
    const reader = await accountThroughApi(page, 'report-reader', '吴阅读');
    const readerContext = await otherSession(browser);
    const readerPage = await readerContext.newPage();
    await submitLogin(readerPage, reader.username, reader.password);
    await expect(readerPage.getByTestId('display-name')).toContainText('吴阅读');
    // The report page's own calls answered first: one still in flight when the account is disabled
    // gets a 401 and sends the page to /login before the test's own next step.
    await readerPage.waitForLoadState('networkidle');

    await openAccounts(page);
    // One's own account offers no 停用, and the server refuses it too, naming why.
    const own = rowOf(page, stack().users.admin.username);
    await expect(own).toContainText('当前登录');
    await expect(own.getByRole('button', { name: /^停用/ })).toHaveCount(0);
    const [{ id: adminId }] = (await (await callApi(page, 'GET', '/api/accounts')).json()).items.filter((a: { username: string }) => a.username === stack().users.admin.username);
    const self = await callApi(page, 'POST', `/api/accounts/${adminId}/disable`);
    expect({ status: self.status(), code: (await self.json()).code }).toEqual({ status: 409, code: 'ACCOUNT.CANNOT_DISABLE_SELF' });

    await page.getByRole('button', { name: `停用 ${reader.username}` }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: `停用账号 ${reader.username}` });
    await confirm.getByRole('button', { name: '停用' }).click();
    await expect(rowOf(page, reader.username)).toContainText('已停用');
    await expect(page.getByRole('button', { name: `启用 ${reader.username}` })).toBeVisible();
    await shot(page, 'accounts-disabled');

    // Its open session has ended: the next page goes back to the login page.
    await readerPage.getByRole('menuitem', { name: '年度报告' }).click();
    await expect(readerPage).toHaveURL(/\/login$/);
    await submitLogin(readerPage, reader.username, reader.password);
    await expect(readerPage.getByRole('alert')).toHaveText('用户名或密码错误');
    await expect(readerPage).toHaveURL(/\/login$/);

    const enabled = page.waitForResponse((r) => r.url().endsWith(`/api/accounts/${reader.id}/enable`));
    await page.getByRole('button', { name: `启用 ${reader.username}` }).click();
    expect((await enabled).status()).toBe(200);
    await expect(rowOf(page, reader.username)).toContainText('正常');
    await expect(page.getByRole('button', { name: `停用 ${reader.username}` })).toBeVisible();
    await submitLogin(readerPage, reader.username, reader.password);
    await expect(readerPage).toHaveURL(new RegExp(`/reports/${lastYearInShanghai()}$`));
    await expect(readerPage.getByTestId('display-name')).toContainText('吴阅读');
    await readerContext.close();
  });

  test('an admin resets a password: the old one stops working and the one-time password leads to 设置新密码', async ({ page, browser }) => {
    await signIn(page, 'admin');
    const officer = await accountThroughApi(page, 'legal-aid-officer', '郑援助');
    await openAccounts(page);
    await page.getByRole('button', { name: `重置 ${officer.username} 的密码` }).click();
    await page.getByRole('dialog').filter({ hasText: `重置 ${officer.username} 的密码` }).getByRole('button', { name: '重置密码' }).click();
    const otp = await readOneTimePassword(page, '密码已重置');
    await expect(page.getByRole('dialog', { name: '密码已重置' })).toContainText(`郑援助（${officer.username}，法律援助工作人员）`);
    await page.getByRole('button', { name: '我已记下' }).click();
    await expect(rowOf(page, officer.username)).toContainText('待设置密码');

    const context = await otherSession(browser);
    const holder = await context.newPage();
    await submitLogin(holder, officer.username, officer.password);
    await expect(holder.getByRole('alert')).toHaveText('用户名或密码错误');
    await submitLogin(holder, officer.username, otp);
    await expect(holder).toHaveURL(/\/password$/);
    await holder.getByLabel('一次性密码').fill(otp);
    await holder.getByLabel('新密码', { exact: true }).fill('zheng-new-passphrase');
    await holder.getByLabel('确认新密码').fill('zheng-new-passphrase');
    await holder.getByRole('button', { name: '设置新密码并进入' }).click();
    await expect(holder).toHaveURL(/\/legal-aid$/);
    await context.close();

    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await expect(page.getByRole('heading', { name: '账号管理' })).toBeVisible();
    await expect(rowOf(page, officer.username)).toBeVisible();
    await shot(page, 'accounts-375');
  });

  test('another role sees no 账号管理 in the menu and is refused the page', async ({ page }) => {
    await signIn(page, 'clerk');
    await expect(page.getByRole('menuitem', { name: '人民调解' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: '账号管理' })).toHaveCount(0);
    await page.goto('/admin/accounts');
    await expect(page.getByText('账号管理仅供系统管理员使用。')).toBeVisible();
  });
});
