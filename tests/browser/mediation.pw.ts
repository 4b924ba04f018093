import { expect, Page, test } from '@playwright/test';
import { shot, signIn, typeDateTime } from './support/pages';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

async function choose(page: Page, label: string, option: string, within = page.locator('body')) {
  await within.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

/** Fills the register form; `amount` is typed in yuan. */
async function register(page: Page, receivedAt: string, amount?: string) {
  await choose(page, '纠纷类别', '邻里纠纷');
  await choose(page, '纠纷来源', '当事人申请');
  await typeDateTime(page, '受理时间', receivedAt);
  if (amount !== undefined) await page.getByLabel('涉及金额（元）').fill(amount);
}

const mediatedIn = async (page: Page, year: number): Promise<number> => (await (await page.request.get(`/api/svc/reporting/v1/reports/annual/${year}`)).json()).mediation.mediated;

test.describe('人民调解', () => {
  test('a clerk registers a dispute and concludes it, and the report\'s mediated figure for that year moves', async ({ page }) => {
    await signIn(page, 'clerk');
    await expect(page.getByTestId('own-committee')).toContainText(stack().committees.own);
    // A clerk registers for their own committee only: no committee to choose.
    await expect(page.getByLabel('调委会', { exact: true })).toHaveCount(0);
    const before = await mediatedIn(page, 2021);

    await register(page, '2021-03-10 09:00:00');
    const registered = page.waitForResponse((r) => r.url().endsWith('/v1/disputes') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await registered).status()).toBe(201);

    const row = page.getByRole('row').filter({ hasText: '2021-03-10 09:00' });
    await expect(row.getByText('调解中')).toBeVisible();
    await row.getByRole('button', { name: '办结' }).click();
    const dialog = page.getByRole('dialog', { name: '办结纠纷' });
    await typeDateTime(page, '办结时间', '2021-03-20 15:00:00');
    await choose(page, '协议形式', '书面协议', dialog);
    await dialog.getByLabel('协议金额（元）').fill('800.50');
    const concluded = page.waitForRequest((r) => r.url().endsWith('/conclusion') && r.method() === 'POST');
    await dialog.getByRole('button', { name: '办结' }).click();
    expect((await concluded).postDataJSON()).toMatchObject({ result: 'success', agreement: 'written', agreementAmountFen: 80050, concludedAt: '2021-03-20T15:00:00+08:00' });
    await expect(row.getByText('调解成功')).toBeVisible();
    await shot(page, 'mediation');

    // The report follows through Kafka: reload until the figure shows before + 1 (bounded, no fixed sleep).
    await page.goto('/reports/2021');
    const figure = page.getByTestId('figure-mediated').locator('.ant-statistic-content-value');
    await expect(async () => {
      await page.reload();
      await expect(figure).toHaveText(String(before + 1), { timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
  });

  test('an amount typed in yuan is sent as exact fen', async ({ page }) => {
    await signIn(page, 'clerk');
    await register(page, '2021-04-01 10:00:00', '12.345');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect(page.getByText('请输入不超过两位小数的金额（元）')).toBeVisible();

    await page.getByLabel('涉及金额（元）').fill('1234.56');
    const sent = page.waitForRequest((r) => r.url().endsWith('/v1/disputes') && r.method() === 'POST');
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/disputes') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await sent).postDataJSON().amountInvolvedFen).toBe(123456);
    expect((await (await answered).json()).amountInvolvedFen).toBe(123456);
  });

  test('a 400 from the API shows beside the field it names', async ({ page }) => {
    await signIn(page, 'clerk');
    // The form lets any date through; the service refuses a business time in the future.
    await register(page, `${new Date().getFullYear() + 2}-01-01 00:00:00`);
    await page.getByRole('button', { name: '登记', exact: true }).click();
    const item = page.locator('.ant-form-item').filter({ has: page.getByLabel('受理时间', { exact: true }) });
    await expect(item.getByText('时间不能晚于当前时间')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: `${new Date().getFullYear() + 2}-01-01` })).toHaveCount(0);
    await shot(page, 'mediation-field-error');
  });

  test('a clerk cannot open another committee\'s dispute', async ({ page, browser }) => {
    // The other committee's clerk registers one.
    const other = await browser.newContext({ baseURL: stack().webUrl });
    const otherPage = await other.newPage();
    await signIn(otherPage, 'otherClerk');
    const { csrfToken } = await (await otherPage.request.get('/api/session')).json();
    const created = await otherPage.request.post('/api/svc/mediation/v1/disputes', {
      headers: { 'x-csrf-token': csrfToken },
      data: { committeeCode: stack().committees.other, category: 'labour', source: 'walk-in', receivedAt: '2021-05-01T09:00:00+08:00', partyCount: 2 },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    await other.close();

    await signIn(page, 'clerk');
    await page.goto(`/mediation/disputes/${id}`);
    await expect(page.getByText('无权查看该纠纷：它不属于您所在的调委会。')).toBeVisible();
    await expect(page.getByText('403', { exact: true })).toBeVisible();
    await shot(page, 'dispute-forbidden');
  });
});
