import { expect, Page, test } from '@playwright/test';
import { acceptThroughApi, applyThroughApi, choose, filterMonth, idNumber, maskedId } from './support/aid';
import { shot, signIn, sql, typeDateTime } from './support/pages';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

// Every case here is applied for in 2022, one month per test: the 2019 year the other tests read stays as loaded.

/** Every row of every table of the legal-aid schema whose text holds `needle`: where a plain value could hide. */
async function rowsHolding(needle: string): Promise<string[]> {
  const tables = await sql<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'legal_aid' AND table_type = 'BASE TABLE'`);
  const found: string[] = [];
  for (const { table_name } of tables) {
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM legal_aid."${table_name}" t WHERE t::text LIKE '%' || $1 || '%'`, [needle]);
    if (n > 0) found.push(`${table_name}: ${n}`);
  }
  return found;
}

const rowOf = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

test.describe('法律援助', () => {
  // Forms of eight fields and walks through three dialogs: more steps than mediation's, and on a loaded shared machine
  // (2 cores, several stacks) each step can take seconds; every wait is still for a visible state.
  test.describe.configure({ timeout: 120_000 });

  test('an officer registers an application; the page shows its name and ID number only masked, and the database holds neither in clear', async ({ page }) => {
    const id = idNumber('101');
    const name = '欧阳明';
    await signIn(page, 'legalAid');
    // The desk lands on its own page, and the menu has it.
    await expect(page).toHaveURL(/\/legal-aid$/);
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('法律援助', { exact: true })).toBeVisible();

    await page.getByLabel('申请人姓名').fill(name);
    await page.getByLabel('身份证号码').fill(id);
    await choose(page, '受援人群', '农民工');
    await choose(page, '受援人群', '残疾人');
    await page.keyboard.press('Escape');
    await choose(page, '案件类型', '民事');
    await choose(page, '援助事项', '追索劳动报酬');
    await choose(page, '申请渠道', '12348 热线');
    await typeDateTime(page, '申请时间', '2022-03-08 09:30:00');
    await page.getByLabel('绿色通道').click();
    const sent = page.waitForRequest((r) => r.url().endsWith('/v1/cases') && r.method() === 'POST');
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/cases') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await sent).postDataJSON()).toEqual({
      applicantName: name, applicantIdNumber: id, applicantGroups: ['migrant-worker', 'disabled'], caseType: 'civil', matter: 'wage-arrears',
      channel: 'hotline-12348', appliedAt: '2022-03-08T09:30:00+08:00', greenChannel: true,
    });
    const response = await answered;
    expect(response.status()).toBe(201);
    const created = await response.json();
    expect(created).toMatchObject({ applicantName: '欧**', applicantIdNumber: maskedId(id), status: 'applied' });

    // After saving: the masked values the API answered, the form emptied, the plain ones nowhere on the page.
    const saved = page.getByTestId('registered');
    await expect(saved).toContainText('申请人 欧**');
    await expect(saved).toContainText(`身份证号码 ${maskedId(id)}`);
    await expect(page.getByLabel('申请人姓名')).toHaveValue('');
    await expect(page.getByLabel('身份证号码')).toHaveValue('');
    await filterMonth(page, '2022-03');
    const row = rowOf(page, maskedId(id));
    await expect(row).toContainText('欧**');
    await expect(row).toContainText('待审查');
    await expect(row).toContainText('农民工');
    await expect(row).toContainText('残疾人');
    await expect(row).toContainText('绿色通道');
    await expect(page.locator('body')).not.toContainText(id);
    await expect(page.locator('body')).not.toContainText(name);
    await shot(page, 'legal-aid');

    // The service encrypts them (AES-256-GCM): the row holds ciphertext, and no table of the schema the plain values.
    const [stored] = await sql<{ name: string | null; idn: string | null }>(
      'SELECT applicant_name_encrypted AS name, applicant_id_number_encrypted AS idn FROM legal_aid.cases WHERE id = $1', [created.id],
    );
    expect(stored.idn).toBeTruthy();
    expect(stored.name).toBeTruthy();
    expect(await rowsHolding(id)).toEqual([]);
    expect(await rowsHolding(name)).toEqual([]);
  });

  test('a case goes accepted → assigned → closed, offered only what its status allows, and 1234.56 yuan is stored as exactly 123456 fen', async ({ page }) => {
    await signIn(page, 'legalAid');
    const id = idNumber('202');
    const c = await applyThroughApi(page, '2022-04-06T10:00:00+08:00', { applicantName: '陈小红', applicantIdNumber: id });
    await page.goto('/legal-aid');
    await filterMonth(page, '2022-04');
    const row = rowOf(page, maskedId(id));
    const offered = async (...labels: string[]) => {
      for (const label of ['受理', '不予受理', '指派', '结案'])
        await expect(row.getByRole('button', { name: label, exact: true })).toHaveCount(labels.includes(label) ? 1 : 0);
    };

    await expect(row).toContainText('待审查');
    await offered('受理', '不予受理');
    await row.getByRole('button', { name: '受理', exact: true }).click();
    const accept = page.getByRole('dialog', { name: '受理申请' });
    await typeDateTime(page, '受理时间', '2022-04-07 09:00:00');
    await accept.getByRole('button', { name: '受理', exact: true }).click();
    await expect(row).toContainText('已受理');
    await offered('指派');

    await row.getByRole('button', { name: '指派', exact: true }).click();
    const assign = page.getByRole('dialog', { name: '指派律师事务所' });
    await typeDateTime(page, '指派时间', '2022-04-08 14:00:00');
    await assign.getByLabel('承办律师事务所', { exact: true }).fill('重庆渝援律师事务所');
    await assign.getByLabel('承办律师', { exact: true }).fill('陈律师');
    await assign.getByRole('button', { name: '指派', exact: true }).click();
    await expect(row).toContainText('已指派');
    await offered('结案');

    await row.getByRole('button', { name: '结案', exact: true }).click();
    const close = page.getByRole('dialog', { name: '结案' });
    await typeDateTime(page, '结案时间', '2022-06-30 16:00:00');
    await choose(page, '结案结果', '胜诉', close);
    await close.getByLabel('挽回损失或取得利益（元）').fill('1234.56');
    const sent = page.waitForRequest((r) => r.url().endsWith(`/v1/cases/${c.id}/closure`) && r.method() === 'POST');
    await close.getByRole('button', { name: '结案', exact: true }).click();
    expect((await sent).postDataJSON()).toEqual({ closedAt: '2022-06-30T16:00:00+08:00', result: 'won', benefitFen: 123456 });
    await expect(row).toContainText('已结案');
    await offered();

    const [stored] = await sql<{ status: string; benefit: string; firm: string }>(
      'SELECT status, benefit_fen::text AS benefit, law_firm AS firm FROM legal_aid.cases WHERE id = $1', [c.id],
    );
    expect(stored).toEqual({ status: 'closed', benefit: '123456', firm: '重庆渝援律师事务所' });

    // The case's own page: every step, the benefit in yuan, and no action left to offer.
    await row.getByRole('link', { name: '查看' }).click();
    await expect(page).toHaveURL(new RegExp(`/legal-aid/cases/${c.id}$`));
    await expect(page.getByText('1,234.56 元')).toBeVisible();
    await expect(page.getByText('重庆渝援律师事务所')).toBeVisible();
    await expect(page.getByText(maskedId(id))).toBeVisible();
    await expect(page.getByText('已结案')).toBeVisible();
    for (const label of ['受理', '不予受理', '指派', '结案']) await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);
    await shot(page, 'legal-aid-case');
  });

  test('a 400 from the API shows beside the field it names', async ({ page }) => {
    await signIn(page, 'legalAid');
    // A check digit only the service checks: the form lets 17 digits and an X through.
    const wrong = idNumber('303').slice(0, 17) + (idNumber('303').endsWith('X') ? '0' : 'X');
    await page.getByLabel('身份证号码').fill(wrong);
    await choose(page, '受援人群', '老年人');
    await page.keyboard.press('Escape');
    await choose(page, '案件类型', '民事');
    await choose(page, '援助事项', '婚姻家庭');
    await choose(page, '申请渠道', '来访申请');
    await typeDateTime(page, '申请时间', '2022-05-10 10:00:00');
    const refused = page.waitForResponse((r) => r.url().endsWith('/v1/cases') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await refused).status()).toBe(400);
    const idItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('身份证号码', { exact: true }) });
    await expect(idItem.getByText('身份证号码校验位不正确')).toBeVisible();

    // A rule across fields (acceptance before the application): the service names acceptedAt.
    const id = idNumber('304');
    await applyThroughApi(page, '2022-05-10T10:00:00+08:00', { applicantIdNumber: id });
    await filterMonth(page, '2022-05');
    await rowOf(page, maskedId(id)).getByRole('button', { name: '受理', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '受理申请' });
    await typeDateTime(page, '受理时间', '2022-05-09 10:00:00');
    await dialog.getByRole('button', { name: '受理', exact: true }).click();
    const item = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('受理时间', { exact: true }) });
    await expect(item.getByText('不能早于申请时间')).toBeVisible();
    await shot(page, 'legal-aid-field-error', false);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(rowOf(page, maskedId(id))).toContainText('待审查');
  });

  test('a case accepted meanwhile elsewhere: the 409 says its status does not allow the action, and the list shows it as it is', async ({ page }) => {
    await signIn(page, 'legalAid');
    const id = idNumber('405');
    const c = await applyThroughApi(page, '2022-07-01T09:00:00+08:00', { applicantIdNumber: id });
    await filterMonth(page, '2022-07');
    const row = rowOf(page, maskedId(id));
    await expect(row).toContainText('待审查');
    await acceptThroughApi(page, c.id, '2022-07-02T09:00:00+08:00');

    await row.getByRole('button', { name: '不予受理', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '不予受理' });
    await typeDateTime(page, '不予受理时间', '2022-07-03 09:00:00');
    await choose(page, '不予受理理由', '经济状况不符合条件', dialog);
    const answered = page.waitForResponse((r) => r.url().endsWith(`/v1/cases/${c.id}/rejection`));
    await dialog.getByRole('button', { name: '不予受理', exact: true }).click();
    expect((await answered).status()).toBe(409);
    await expect(page.getByText('当前状态（已受理）不允许此操作，已刷新为最新状态')).toBeVisible();
    await expect(row).toContainText('已受理');
    await expect(row.getByRole('button', { name: '指派', exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: '不予受理', exact: true })).toHaveCount(0);
  });

  test('a mediation clerk has no 法律援助 in the menu, and /legal-aid answers that they have no access', async ({ page }) => {
    await signIn(page, 'clerk');
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('人民调解', { exact: true })).toBeVisible();
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('法律援助', { exact: true })).toHaveCount(0);
    // The service itself refuses the role: the page says what it answered.
    const api = await page.request.get('/api/svc/legal-aid/v1/cases');
    expect(api.status()).toBe(403);
    expect((await api.json()).code).toBe('AUTH.FORBIDDEN_ROLE');

    await page.goto('/legal-aid');
    await expect(page.getByText('无权访问法律援助')).toBeVisible();
    await expect(page.getByText('登记援助申请')).toHaveCount(0);
    await expect(page.getByLabel('身份证号码')).toHaveCount(0);
    await shot(page, 'legal-aid-forbidden');
  });

  test('the register form and the list are usable on a 375 px phone', async ({ page }) => {
    await signIn(page, 'legalAid');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/legal-aid');
    await expect(page.getByText('登记援助申请')).toBeVisible();
    for (const label of ['申请人姓名', '身份证号码', '受援人群', '案件类型', '援助事项', '申请渠道', '申请时间', '绿色通道']) await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    await expect(page.getByText('援助申请列表')).toBeVisible();
    // On a phone the list keeps the status and the actions in view; the ID number and the groups are on the case's page.
    for (const name of ['状态', '操作']) {
      const box = await page.getByRole('columnheader', { name, exact: true }).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
    // Nothing wider than the screen (the table scrolls inside its card).
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await shot(page, 'legal-aid-375');
  });
});
