import { expect, test } from '@playwright/test';
import { choose } from './support/aid';
import { shot, signIn, sql, typeDateTime } from './support/pages';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

// The document here is submitted in 2022: the 2019 year the other tests read stays as loaded.

test.describe('法制审查', () => {
  test.describe.configure({ timeout: 120_000 });

  test('an officer lands on the page, sees every district unit covered by an adviser, and submits a document that the list shows awaiting review', async ({ page }) => {
    const title = `关于浏览器测试的实施意见-${Date.now()}`;
    await signIn(page, 'legalAffairs');
    await expect(page).toHaveURL(/\/legal-affairs$/);
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('法制审查', { exact: true })).toBeVisible();
    // The loaded year engaged an adviser for every registered unit, and none of those engagements has ended since.
    const [{ units }] = await sql<{ units: number }>(`SELECT count(*)::int AS units FROM legal_affairs.district_units WHERE status = 'active'`);
    expect(units).toBeGreaterThan(0);
    await expect(page.getByTestId('coverage')).toContainText(`${units} / ${units}`);
    await expect(page.getByTestId('coverage')).toContainText('已全覆盖');

    await page.getByLabel('报送单位').fill('沙坪坝区司法局');
    await page.getByLabel('文件名称').fill(title);
    await choose(page, '文件类别', '政策文件');
    await typeDateTime(page, '报送时间', '2022-03-08 09:30:00');
    const sent = page.waitForRequest((r) => r.url().endsWith('/v1/documents') && r.method() === 'POST');
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/documents') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await sent).postDataJSON()).toEqual({ unit: '沙坪坝区司法局', title, kind: 'policy-document', submittedAt: '2022-03-08T09:30:00+08:00' });
    const response = await answered;
    expect(response.status()).toBe(201);
    await expect(page.getByTestId('submitted')).toContainText(title);
    await expect(page.getByLabel('文件名称')).toHaveValue('');

    await choose(page, '状态', '待审查');
    const row = page.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('政策文件');
    await expect(row).toContainText('待审查');
    await expect(row).toContainText('2022-03-08 09:30');
    await shot(page, 'legal-affairs');
    const [stored] = await sql<{ status: string }>('SELECT status FROM legal_affairs.documents WHERE title = $1', [title]);
    expect(stored.status).toBe('submitted');
  });

  test('a report reader opening the page is told it is not theirs, and is offered no form', async ({ page }) => {
    await signIn(page, 'reader');
    await page.goto('/legal-affairs');
    await expect(page.getByText('无权访问法制审查')).toBeVisible();
    await expect(page.getByLabel('文件名称')).toHaveCount(0);
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('法制审查', { exact: true })).toHaveCount(0);
  });
});
