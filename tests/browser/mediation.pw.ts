import { expect, Page, test } from '@playwright/test';
import { callApi } from './support/accounts';
import { otherSession, shot, signIn, typeDateTime } from './support/pages';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

async function choose(page: Page, label: string, option: string, within = page.locator('body')) {
  await within.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

/** The 登记纠纷 card: its 纠纷类别 is not the list's filter of the same name. */
const registerCard = (page: Page) => page.locator('.ant-card').filter({ has: page.getByText('登记纠纷', { exact: true }) });

/** Fills the register form; `amount` is typed in yuan. */
async function register(page: Page, receivedAt: string, amount?: string) {
  await choose(page, '纠纷类别', '邻里纠纷', registerCard(page));
  await choose(page, '纠纷来源', '当事人申请');
  await typeDateTime(page, '受理时间', receivedAt);
  if (amount !== undefined) await page.getByLabel('涉及金额（元）').fill(amount);
}

/** Registers a dispute of the clerk's committee through the API (a test's starting point, not what it checks). */
async function disputeThroughApi(page: Page, category: string, receivedAt: string): Promise<string> {
  const res = await callApi(page, 'POST', '/api/svc/mediation/v1/disputes', { committeeCode: stack().committees.own, category, source: 'walk-in', receivedAt, partyCount: 2 });
  expect(res.status()).toBe(201);
  return (await res.json()).id;
}

const mediatedIn = async (page: Page, year: number): Promise<number> => (await (await page.request.get(`/api/svc/reporting/v1/reports/annual/${year}`)).json()).mediation.mediated;

test.describe('人民调解', () => {
  test('a clerk registers a dispute and concludes it, and the report\'s mediated figure for that year moves', async ({ page }) => {
    // Room for the report to follow through Kafka (up to 60 s below) after the page's own steps.
    test.setTimeout(120_000);
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

    // The report follows through Kafka: wait (bounded, no fixed sleep) until the report counts it,
    // then the page must show it. Not reloading the page with a 2 s look each time: on a loaded
    // machine the report page alone takes longer than that to draw, and no look ever succeeded.
    await expect.poll(() => mediatedIn(page, 2021), { timeout: 60_000 }).toBe(before + 1);
    await page.goto('/reports/2021');
    await expect(page.getByTestId('figure-mediated').locator('.ant-statistic-content-value')).toHaveText(String(before + 1));
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
    const other = await otherSession(browser);
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

  test('the list filters by 纠纷类别 beside status and month', async ({ page }) => {
    await signIn(page, 'clerk');
    const land = await disputeThroughApi(page, 'land', '2021-08-02T09:00:00+08:00');
    await disputeThroughApi(page, 'consumer', '2021-08-03T09:00:00+08:00');
    await page.reload();
    const list = page.locator('.ant-card').filter({ has: page.getByText('纠纷列表', { exact: true }) });
    await expect(list.getByRole('row').filter({ hasText: '2021-08-03 09:00' })).toContainText('消费纠纷');

    const asked = page.waitForRequest((r) => r.url().includes('/v1/disputes?') && r.url().includes('category=land'));
    await choose(page, '纠纷类别', '山林土地', list);
    expect(new URL((await asked).url()).searchParams.get('category')).toBe('land');
    await expect(list.getByRole('row').filter({ hasText: '2021-08-02 09:00' })).toContainText('山林土地');
    await expect(list.getByRole('row').filter({ hasText: '2021-08-03 09:00' })).toHaveCount(0);
    // Every row shown is of the category asked for (polled: the table renders the answer a moment after it arrives).
    const cells = (column: number) => list.locator(`tbody tr.ant-table-row td:nth-child(${column})`).allTextContents();
    await expect.poll(async () => [...new Set(await cells(2))]).toEqual(['山林土地']);
    // With the status filter too: the land dispute is still 调解中, so 调解成功 shows none of it.
    const succeeded = page.waitForResponse((r) => r.url().includes('category=land') && r.url().includes('status=succeeded'));
    await choose(page, '状态', '调解成功', list);
    expect((await succeeded).status()).toBe(200);
    await expect(list.getByRole('row').filter({ hasText: '2021-08-02 09:00' })).toHaveCount(0);
    const registered = page.waitForResponse((r) => r.url().includes('category=land') && r.url().includes('status=registered'));
    await choose(page, '状态', '调解中', list);
    expect((await registered).status()).toBe(200);
    await expect(page.locator(`a[href="/mediation/disputes/${land}"]`)).toBeVisible();
    await expect.poll(async () => [...new Set(await cells(5))]).toEqual(['调解中']);
    await expect.poll(async () => [...new Set(await cells(2))]).toEqual(['山林土地']);
    await shot(page, 'mediation-category-filter');
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(list.getByLabel('纠纷类别', { exact: true })).toBeVisible();
    await shot(page, 'mediation-category-filter-375');
  });

  test('a concluded dispute\'s result is corrected through the form, with a reason; a registered one offers no correction', async ({ page }) => {
    await signIn(page, 'clerk');
    const id = await disputeThroughApi(page, 'neighbourhood', '2021-09-01T09:00:00+08:00');
    await page.goto(`/mediation/disputes/${id}`);
    await expect(page.getByTestId('dispute-status')).toHaveText('调解中');
    await expect(page.getByRole('button', { name: '更正调解结果' })).toHaveCount(0);

    const concluded = await callApi(page, 'POST', `/api/svc/mediation/v1/disputes/${id}/conclusion`, { result: 'success', concludedAt: '2021-09-05T10:00:00+08:00', agreement: 'written', agreementAmountFen: 50000 });
    expect(concluded.status()).toBe(200);
    await page.reload();
    await expect(page.getByTestId('dispute-status')).toHaveText('调解成功');
    await page.getByRole('button', { name: '更正调解结果' }).click();
    const dialog = page.getByRole('dialog', { name: '更正调解结果' });
    // Only the other result is offered: a correction to the same one is none.
    await expect(dialog.getByTestId('correct-to')).toHaveText('调解不成');
    await expect(dialog).toContainText('更正后协议形式与协议金额将被清除');
    await dialog.getByRole('button', { name: '更正' }).click();
    await expect(dialog.getByText('请填写更正原因')).toBeVisible();
    await dialog.getByLabel('更正原因').fill('回访核实：当事人未履行，协议未达成');
    await expect(dialog.getByText('请填写更正原因')).toHaveCount(0);
    await shot(page, 'dispute-correction', false);
    const sent = page.waitForRequest((r) => r.url().endsWith(`/v1/disputes/${id}/correction`) && r.method() === 'POST');
    await dialog.getByRole('button', { name: '更正' }).click();
    expect((await sent).postDataJSON()).toEqual({ result: 'failure', reason: '回访核实：当事人未履行，协议未达成' });
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('dispute-status')).toHaveText('调解不成');
    const agreement = page.locator('.ant-descriptions-item-label').filter({ hasText: '协议形式' }).locator('xpath=following-sibling::*[1]');
    await expect(agreement).toHaveText('—');
    // And back: the form now offers 调解成功.
    await page.getByRole('button', { name: '更正调解结果' }).click();
    await expect(page.getByRole('dialog', { name: '更正调解结果' }).getByTestId('correct-to')).toHaveText('调解成功');
    await page.getByRole('dialog', { name: '更正调解结果' }).getByRole('button', { name: '取消' }).click();
    await page.setViewportSize({ width: 375, height: 800 });
    await shot(page, 'dispute-corrected-375');
  });

  test('an admin creates a committee with every field from the 调委会管理 page', async ({ page }) => {
    const code = `BT-PRO-${Date.now().toString(36).toUpperCase()}`;
    await signIn(page, 'admin');
    await page.getByRole('menuitem', { name: '人民调解' }).click();
    await page.getByRole('link', { name: '调委会管理' }).click();
    await expect(page.getByRole('heading', { name: '调委会管理' })).toBeVisible();
    const list = page.locator('.ant-card').filter({ has: page.getByText('调委会列表', { exact: true }) });
    await expect(list.getByRole('row').filter({ hasText: stack().committees.own })).toContainText('村（居）调委会');

    const form = page.locator('.ant-card').filter({ has: page.getByText('添加调委会', { exact: true }) });
    // A code that is taken is refused beside the field.
    await form.getByLabel('代码').fill(stack().committees.own);
    await form.getByLabel('名称').fill('重复代码的调委会');
    await choose(page, '类型', '村（居）调委会', form);
    await form.getByRole('button', { name: '添加' }).click();
    await expect(form.getByText('该代码已被其他调委会使用')).toBeVisible();

    await form.getByLabel('代码').fill(code);
    await form.getByLabel('名称').fill('浏览器测试医疗纠纷人民调解委员会');
    await expect(form.getByLabel('专业领域', { exact: true })).toHaveCount(0);
    await choose(page, '类型', '行业性专业性调委会', form);
    await form.getByRole('button', { name: '添加' }).click();
    await expect(form.getByText('请选择专业领域')).toBeVisible();
    await choose(page, '专业领域', '医疗纠纷', form);
    const date = page.getByLabel('成立日期', { exact: true });
    await date.click();
    await date.fill('2021-06-01');
    // The day's cell, not Enter: Enter in a field of the form would submit it before the picker has the date.
    await page.locator('.ant-picker-dropdown:visible td[title="2021-06-01"]').click();
    await expect(date).toHaveValue('2021-06-01');
    await shot(page, 'committees-form');
    const sent = page.waitForRequest((r) => r.url().endsWith('/v1/committees') && r.method() === 'POST');
    await form.getByRole('button', { name: '添加' }).click();
    expect((await sent).postDataJSON()).toEqual({ code, name: '浏览器测试医疗纠纷人民调解委员会', kind: 'professional', field: 'medical', establishedAt: '2021-06-01T00:00:00+08:00' });
    const row = list.getByRole('row').filter({ hasText: code });
    for (const text of ['浏览器测试医疗纠纷人民调解委员会', '行业性专业性调委会', '医疗纠纷', '2021-06-01']) await expect(row).toContainText(text);
    await shot(page, 'committees');
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(page.getByRole('heading', { name: '调委会管理' })).toBeVisible();
    await shot(page, 'committees-375');
  });

  test('a clerk is offered no 调委会管理 and is refused the page', async ({ page }) => {
    await signIn(page, 'clerk');
    await expect(page.getByTestId('own-committee')).toBeVisible();
    await expect(page.getByRole('link', { name: '调委会管理' })).toHaveCount(0);
    await page.goto('/mediation/committees');
    await expect(page.getByText('调委会管理仅供系统管理员使用。')).toBeVisible();
  });
});
