import { expect, Locator, Page, test } from '@playwright/test';
import { callApi } from './support/accounts';
import { choose } from './support/aid';
import { shot, signIn, sql, typeDateTime } from './support/pages';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

// Every record here is of 2022: the 2019 year the other tests read stays as loaded. Names carry a
// stamp, so a rerun against the same database finds its own records.

/** Opens the tab of one kind of record, and waits until its desk is the only one and has answered (its form shows with its list's first page). */
async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  // Until the pane of the tab left is gone, a label both desks have (报送单位) would find the old one's field.
  await expect(page.getByRole('tabpanel')).toHaveCount(1);
  await expect(page.getByRole('tabpanel', { name: new RegExp(`^${name}`) }).locator('.ant-table').first()).toBeVisible();
}

/**
 * The row of a list (`{key}-list`) that shows `text`. The lists run oldest first, so a record of
 * 2022 may come after the loaded year's: 加载更多 until it is there, or there is no more.
 */
async function rowOf(page: Page, list: string, text: string): Promise<Locator> {
  const card = page.getByTestId(`${list}-list`);
  const row = card.getByRole('row').filter({ hasText: text });
  const more = card.getByRole('button', { name: '加载更多' });
  await expect(card.locator('.ant-table-tbody').first()).toBeVisible();
  await expect(card.locator('.ant-spin-spinning')).toHaveCount(0);
  while ((await row.count()) === 0 && (await more.count()) > 0) {
    const before = await card.getByRole('row').count();
    await more.click();
    await expect(card.getByRole('row')).not.toHaveCount(before);
  }
  await expect(row).toHaveCount(1);
  return row;
}

/** The dialog of a step, opened from its link in a row. */
async function openStep(page: Page, row: Locator, step: string): Promise<Locator> {
  await row.getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Answers a yes/no question of a dialog (its radio buttons are labels over hidden inputs). */
async function yesNo(dialog: Locator, answer: '是' | '否') {
  await dialog.locator('.ant-radio-button-wrapper').filter({ hasText: answer }).click();
  await expect(dialog.getByRole('radio', { name: answer })).toBeChecked();
}

/** Sends a dialog (its OK button is named after the step) and waits for the POST's answer. */
async function send(page: Page, dialog: Locator, step: string, path: RegExp, status: number) {
  const answered = page.waitForResponse((r) => path.test(r.url()) && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: step, exact: true }).click();
  const response = await answered;
  expect(response.status(), await response.text()).toBe(status);
  return response;
}

test.describe('法制审查', () => {
  test.describe.configure({ timeout: 120_000 });

  test('an officer submits a document, reviews it as normative, files it and records that it was revoked; a document not normative is offered no filing', async ({ page }) => {
    const stamp = Date.now();
    const unit = `沙坪坝区浏览器测试局-${stamp}`;
    const title = `关于浏览器测试的实施意见-${stamp}`;
    await signIn(page, 'legalAffairs');
    await expect(page).toHaveURL(/\/legal-affairs$/);
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('法制审查', { exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { selected: true })).toContainText('文件审查');
    await expect(page.getByTestId('documents-list').getByRole('row').nth(1)).toBeVisible();
    // The desk as it opens on the loaded year (docs/screenshots/legal-affairs.png at the whole year).
    await shot(page, 'legal-affairs-landing');

    await page.getByLabel('报送单位', { exact: true }).fill(unit);
    await page.getByLabel('文件名称', { exact: true }).fill(title);
    await choose(page, '文件类别', '政策文件');
    await typeDateTime(page, '报送时间', '2022-03-08 09:30:00');
    const sent = page.waitForRequest((r) => r.url().endsWith('/v1/documents') && r.method() === 'POST');
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/documents') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await sent).postDataJSON()).toEqual({ unit, title, kind: 'policy-document', submittedAt: '2022-03-08T09:30:00+08:00' });
    expect((await answered).status()).toBe(201);
    await expect(page.getByTestId('saved')).toContainText(title);
    await expect(page.getByLabel('文件名称', { exact: true })).toHaveValue('');

    // Only this test's unit: the loaded year's documents stay out of the way.
    const filter = page.getByLabel('查询单位', { exact: true });
    await filter.fill(unit);
    await filter.press('Enter');
    let row = await rowOf(page, 'documents', title);
    await expect(row).toContainText('政策文件');
    await expect(row).toContainText('待审查');
    await expect(row).toContainText('2022-03-08');
    // A submitted document can be reviewed, and nothing else.
    await expect(row.getByTestId('actions').getByRole('button')).toHaveText(['审查']);

    let dialog = await openStep(page, row, '审查');
    // The form refuses a review before the submission, as the service would.
    await typeDateTime(page, '审查时间', '2022-03-01 10:00:00');
    await choose(page, '审查意见', '修改后通过', dialog);
    await yesNo(dialog, '是');
    await dialog.getByRole('button', { name: '审查', exact: true }).click();
    await expect(dialog.getByText('不能早于报送时间（2022-03-08 09:30）')).toBeVisible();
    await typeDateTime(page, '审查时间', '2022-03-20 10:00:00');
    await shot(page, 'legal-affairs-review', false);
    const reviewed = await send(page, dialog, '审查', /\/v1\/documents\/[^/]+\/review$/, 200);
    expect(reviewed.request().postDataJSON()).toEqual({ reviewedAt: '2022-03-20T10:00:00+08:00', opinion: 'approved-with-changes', normative: true });
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('已审查');
    await expect(row).toContainText('修改后通过');
    await expect(row).toContainText('规范性文件');
    await expect(row.getByTestId('actions').getByRole('button')).toHaveText(['备案']);

    dialog = await openStep(page, row, '备案');
    await typeDateTime(page, '备案时间', '2022-04-02 15:00:00');
    await send(page, dialog, '备案', /\/filing$/, 200);
    await expect(row).toContainText('已备案');
    await expect(row.getByTestId('actions').getByRole('button')).toHaveText(['确认违法或撤销']);

    dialog = await openStep(page, row, '确认违法或撤销');
    await choose(page, '结果', '撤销', dialog);
    await typeDateTime(page, '确认或撤销时间', '2022-09-01 09:00:00');
    await send(page, dialog, '确认违法或撤销', /\/finding$/, 200);
    await expect(row).toContainText('被撤销');
    await expect(row.getByTestId('actions').getByRole('button')).toHaveCount(0);
    // The row opens on its dates.
    await row.getByRole('button', { name: /展开行/ }).click();
    const details = page.locator('.ant-table-expanded-row').filter({ hasText: '备案时间' });
    await expect(details).toContainText('2022-04-02 15:00');
    await expect(details).toContainText('撤销（2022-09-01 09:00）');

    // A second document, reviewed as not normative: the review is its last step.
    const other = `关于浏览器测试的会议议题-${stamp}`;
    const doc = await (await callApi(page, 'POST', '/api/svc/legal-affairs/v1/documents', { unit, title: other, kind: 'meeting-topic', submittedAt: '2022-05-06T09:00:00+08:00' })).json();
    await filter.fill(unit);
    await filter.press('Enter');
    row = await rowOf(page, 'documents', other);
    dialog = await openStep(page, row, '审查');
    await typeDateTime(page, '审查时间', '2022-05-10 09:00:00');
    await choose(page, '审查意见', '通过', dialog);
    await yesNo(dialog, '否');
    await send(page, dialog, '审查', /\/review$/, 200);
    await expect(row).toContainText('已审查');
    await expect(row).not.toContainText('规范性文件');
    await expect(row.getByTestId('actions').getByRole('button')).toHaveCount(0);
    await shot(page, 'legal-affairs');

    const stored = await sql<{ title: string; status: string; normative: boolean | null }>('SELECT title, status, normative FROM legal_affairs.documents WHERE unit = $1 ORDER BY submitted_at', [unit]);
    expect(stored).toEqual([{ title, status: 'revoked', normative: true }, { title: other, status: 'reviewed', normative: false }]);
    expect(doc.status).toBe('submitted');
  });

  test('a review another officer recorded while the dialog was open is a 409 the page explains, and the row shows the review', async ({ page }) => {
    const stamp = Date.now();
    const unit = `沙坪坝区并发测试局-${stamp}`;
    const title = `关于并发审查的实施意见-${stamp}`;
    await signIn(page, 'legalAffairs');
    const doc = await (await callApi(page, 'POST', '/api/svc/legal-affairs/v1/documents', { unit, title, kind: 'major-decision', submittedAt: '2022-06-01T09:00:00+08:00' })).json();
    await page.reload();
    const filter = page.getByLabel('查询单位', { exact: true });
    await filter.fill(unit);
    await filter.press('Enter');
    const row = await rowOf(page, 'documents', title);
    const dialog = await openStep(page, row, '审查');
    await typeDateTime(page, '审查时间', '2022-06-03 09:00:00');
    await choose(page, '审查意见', '通过', dialog);
    await yesNo(dialog, '否');
    // Someone else's review lands first.
    const first = await callApi(page, 'POST', `/api/svc/legal-affairs/v1/documents/${doc.id}/review`, { reviewedAt: '2022-06-02T09:00:00+08:00', opinion: 'rejected', normative: false });
    expect(first.status()).toBe(200);
    await send(page, dialog, '审查', /\/review$/, 409);
    await expect(page.getByText('当前状态（已审查）不允许此操作，已刷新为最新状态')).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('已审查');
    await expect(row).toContainText('不予通过');
    await expect(row.getByTestId('actions').getByRole('button')).toHaveCount(0);
  });

  test('an officer submits a contract with its amount in yuan (sent as exact fen) and records its review', async ({ page }) => {
    const stamp = Date.now();
    const title = `浏览器测试采购合同-${stamp}`;
    await signIn(page, 'legalAffairs');
    await openTab(page, '合同审查');
    await expect(page).toHaveURL(/\?tab=contracts$/);
    await page.getByLabel('报送单位', { exact: true }).fill('沙坪坝区教育委员会');
    await page.getByLabel('合同名称', { exact: true }).fill(title);
    await choose(page, '合同类别', '政府采购');
    await page.getByLabel('合同金额', { exact: true }).fill('1250000.505');
    await typeDateTime(page, '报送时间', '2022-07-01 10:00:00');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect(page.getByText('请输入不超过两位小数的金额（元），最多 100 亿元')).toBeVisible();
    await page.getByLabel('合同金额', { exact: true }).fill('1250000.50');
    const sent = page.waitForRequest((r) => r.url().endsWith('/v1/contracts') && r.method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await sent).postDataJSON()).toEqual({ unit: '沙坪坝区教育委员会', title, kind: 'procurement', amountFen: 125000050, submittedAt: '2022-07-01T10:00:00+08:00' });
    await expect(page.getByTestId('saved')).toContainText('1,250,000.50 元');

    await choose(page, '类别', '政府采购');
    const row = await rowOf(page, 'contracts', title);
    await expect(row).toContainText('1,250,000.50');
    await expect(row).toContainText('待审查');
    const dialog = await openStep(page, row, '审查');
    await typeDateTime(page, '审查时间', '2022-07-05 16:00:00');
    await choose(page, '审查意见', '通过', dialog);
    await send(page, dialog, '审查', /\/v1\/contracts\/[^/]+\/review$/, 200);
    await expect(row).toContainText('已审查');
    await expect(row).toContainText('通过');
    await expect(row.getByTestId('actions').getByRole('button')).toHaveCount(0);
    await shot(page, 'legal-affairs-contracts');
    const [stored] = await sql<{ status: string; amount_fen: string }>('SELECT status, amount_fen FROM legal_affairs.contracts WHERE title = $1', [title]);
    expect(stored).toEqual({ status: 'reviewed', amount_fen: '125000050' });
  });

  test('an officer registers a unit (the coverage loses it), is told a second registration of the name is refused, engages its advisers, records their work and ends one, and dissolves the unit', async ({ page }) => {
    const stamp = Date.now();
    const unit = `沙坪坝区浏览器测试中心-${stamp}`;
    await signIn(page, 'legalAffairs');
    await openTab(page, '区级单位');
    // The loaded year engaged an adviser for every registered unit, and none of those engagements has ended since.
    const [{ units }] = await sql<{ units: number }>(`SELECT count(*)::int AS units FROM legal_affairs.district_units WHERE status = 'active'`);
    expect(units).toBeGreaterThan(0);
    await expect(page.getByTestId('coverage')).toContainText(`${units} / ${units}`);
    await expect(page.getByTestId('coverage')).toContainText('已全覆盖');

    await page.getByLabel('单位名称', { exact: true }).fill(unit);
    await typeDateTime(page, '登记时间', '2022-01-04 09:00:00');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect(page.getByTestId('saved')).toContainText(unit);
    await expect(page.getByTestId('coverage')).toContainText(`${units} / ${units + 1}`);
    await expect(page.getByTestId('coverage').getByText(unit)).toBeVisible();
    // The same name again: the service's 409, beside the name.
    await page.getByLabel('单位名称', { exact: true }).fill(unit);
    await typeDateTime(page, '登记时间', '2022-01-05 09:00:00');
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/units') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await answered).status()).toBe(409);
    await expect(page.getByText('已有同名的在册区级单位，不能重复登记（同名单位撤销或合并后才可再次登记）')).toBeVisible();
    await shot(page, 'legal-affairs-unit-conflict');
    // The web app forwards the page's writes only with the session's CSRF token: without it, nothing is registered.
    const forged = `${unit}-无令牌`;
    const refused = await page.request.post('/api/svc/legal-affairs/v1/units', { data: { name: forged, registeredAt: '2022-01-05T09:00:00+08:00' } });
    expect(refused.status()).toBe(403);
    expect(await sql('SELECT 1 FROM legal_affairs.district_units WHERE name = $1', [forged])).toEqual([]);
    const unitRow = await rowOf(page, 'units', unit);
    await expect(unitRow).toContainText('在册');

    await openTab(page, '法律顾问');
    for (const [adviser, kind, at] of [[`浏览器测试律师事务所-${stamp}`, '律师事务所', '2022-01-05 09:00:00'], [`张律师-${stamp}`, '律师', '2022-01-06 09:00:00']]) {
      await page.getByLabel('聘请单位', { exact: true }).fill(unit);
      await page.getByLabel('法律顾问', { exact: true }).fill(adviser);
      await choose(page, '顾问类型', kind);
      await typeDateTime(page, '选聘时间', at);
      await page.getByRole('button', { name: '登记', exact: true }).click();
      await expect(page.getByTestId('saved')).toContainText(adviser);
    }
    await expect(page.getByTestId('coverage')).toContainText(`${units + 1} / ${units + 1}`);
    await expect(page.getByTestId('coverage')).toContainText('已全覆盖');

    const filter = page.getByLabel('查询单位', { exact: true });
    await filter.fill(unit);
    await filter.press('Enter');
    const firm = await rowOf(page, 'engagements', `浏览器测试律师事务所-${stamp}`);
    await expect(firm.getByTestId('actions').getByRole('button')).toHaveText(['记录工作', '解聘']);
    let dialog = await openStep(page, firm, '记录工作');
    await choose(page, '工作类别', '代理复议、诉讼案件', dialog);
    await typeDateTime(page, '工作时间', '2022-02-01 14:00:00');
    const worked = await send(page, dialog, '记录工作', /\/work-records$/, 201);
    expect(worked.request().postDataJSON()).toEqual({ kind: 'case-represented', performedAt: '2022-02-01T14:00:00+08:00' });
    await expect(firm.locator('td').nth(4)).toHaveText('1');
    await firm.getByRole('button', { name: /展开行/ }).click();
    await expect(page.locator('.ant-table-expanded-row').filter({ hasText: '代理复议、诉讼案件' })).toContainText('2022-02-01 14:00');

    // Ending before the latest work: a rule only the service can check (the form knows the start, not the work), shown beside the field.
    dialog = await openStep(page, firm, '解聘');
    await typeDateTime(page, '解聘时间', '2022-01-20 09:00:00');
    await send(page, dialog, '解聘', /\/end$/, 400);
    await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('不能早于最近一次顾问工作的时间');
    await shot(page, 'legal-affairs-field-error', false);
    await dialog.getByRole('button', { name: '取消' }).click();

    const lawyer = await rowOf(page, 'engagements', `张律师-${stamp}`);
    dialog = await openStep(page, lawyer, '解聘');
    await typeDateTime(page, '解聘时间', '2022-03-01 09:00:00');
    await send(page, dialog, '解聘', /\/end$/, 200);
    await expect(lawyer).toContainText('已解聘');
    await expect(lawyer).toContainText('2022-03-01');
    await expect(lawyer.getByTestId('actions').getByRole('button')).toHaveCount(0);
    // The firm still advises the unit.
    await expect(page.getByTestId('coverage')).toContainText('已全覆盖');
    await shot(page, 'legal-affairs-advisers');

    await openTab(page, '区级单位');
    const again = await rowOf(page, 'units', unit);
    dialog = await openStep(page, again, '撤销或合并');
    await typeDateTime(page, '撤销或合并时间', '2022-04-01 09:00:00');
    await send(page, dialog, '撤销或合并', /\/dissolution$/, 200);
    await expect(again).toContainText('已撤销或合并');
    await expect(again.getByTestId('actions').getByRole('button')).toHaveCount(0);
    await expect(page.getByTestId('coverage')).toContainText(`${units} / ${units}`);
    const stored = await sql<{ status: string; work_record_count: number }>('SELECT status, work_record_count FROM legal_affairs.engagements WHERE unit = $1 ORDER BY started_at', [unit]);
    expect(stored).toEqual([{ status: 'engaged', work_record_count: 1 }, { status: 'ended', work_record_count: 0 }]);
  });

  test('an officer opens a clean-up campaign, decides its documents, is shown a close before the latest decision against the field, and closes it', async ({ page }) => {
    const stamp = Date.now();
    const title = `2022年行政规范性文件浏览器测试清理-${stamp}`;
    await signIn(page, 'legalAffairs');
    await openTab(page, '文件清理');
    await page.getByLabel('清理名称', { exact: true }).fill(title);
    await typeDateTime(page, '开始时间', '2022-05-01 09:00:00');
    await page.getByRole('button', { name: '开始清理', exact: true }).click();
    await expect(page.getByTestId('saved')).toContainText(title);
    const row = await rowOf(page, 'cleanup', title);
    await expect(row).toContainText('清理中');
    await expect(row.getByTestId('actions').getByRole('button')).toHaveText(['清理决定', '结束清理']);

    for (const [document, outcome, at] of [['关于规范物业管理的通知', '保留', '2022-05-05 09:00:00'], ['关于加强市容管理的意见', '修改', '2022-05-08 09:00:00'], ['关于临时占道经营的规定', '废止', '2022-05-10 09:00:00']]) {
      const dialog = await openStep(page, row, '清理决定');
      await dialog.getByLabel('清理文件', { exact: true }).fill(document);
      await choose(page, '清理结果', outcome, dialog);
      await typeDateTime(page, '决定时间', at);
      await send(page, dialog, '清理决定', /\/decisions$/, 201);
      await expect(dialog).toBeHidden();
    }
    await expect(row.getByTestId('outcomes')).toHaveText('1 / 1 / 1');
    await expect(row.locator('td').nth(3)).toHaveText('3');

    let dialog = await openStep(page, row, '结束清理');
    await typeDateTime(page, '结束时间', '2022-05-09 09:00:00');
    await send(page, dialog, '结束清理', /\/close$/, 400);
    await expect(dialog.locator('.ant-form-item-explain-error')).toHaveText('不能早于最近一次清理决定的时间');
    await dialog.getByRole('button', { name: '取消' }).click();
    dialog = await openStep(page, row, '结束清理');
    await typeDateTime(page, '结束时间', '2022-05-31 17:00:00');
    await send(page, dialog, '结束清理', /\/close$/, 200);
    await expect(row).toContainText('已结束');
    await expect(row).toContainText('2022-05-31');
    await expect(row.getByTestId('actions').getByRole('button')).toHaveCount(0);
    await row.getByRole('button', { name: /展开行/ }).click();
    const decisions = page.locator('.ant-table-expanded-row').filter({ hasText: '关于临时占道经营的规定' });
    await expect(decisions.getByRole('row')).toHaveCount(4);
    await expect(decisions.getByRole('row').nth(3)).toContainText('废止');
    await shot(page, 'legal-affairs-cleanup');
    const [stored] = await sql<Record<string, unknown>>('SELECT status, kept, amended, repealed FROM legal_affairs.cleanup_campaigns WHERE title = $1', [title]);
    expect(stored).toEqual({ status: 'closed', kept: 1, amended: 1, repealed: 1 });
  });

  test('an officer records a leadership meeting on rule-of-law work, establishes and dissolves a coordination group, and records a committee meeting', async ({ page }) => {
    const stamp = Date.now();
    await signIn(page, 'legalAffairs');

    await openTab(page, '法治议题');
    const subject = `研究浏览器测试法治建设工作-${stamp}`;
    await choose(page, '会议类型', '局长办公会');
    await typeDateTime(page, '召开时间', '2022-02-14 15:00:00');
    await page.getByLabel('研究议题', { exact: true }).fill(subject);
    const sent = page.waitForRequest((r) => r.url().endsWith('/v1/agenda-meetings') && r.method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await sent).postDataJSON()).toEqual({ kind: 'director-office', heldAt: '2022-02-14T15:00:00+08:00', subject });
    await expect(page.getByTestId('saved')).toContainText(subject);
    const meeting = await rowOf(page, 'agenda', subject);
    await expect(meeting).toContainText('局长办公会');
    await expect(meeting).toContainText('2022-02-14 15:00');

    await openTab(page, '协调小组');
    const group = `浏览器测试守法普法协调小组-${stamp}`;
    await choose(page, '工作领域', '普法守法');
    await typeDateTime(page, '成立时间', '2022-03-01 09:00:00');
    await page.getByLabel('协调小组名称', { exact: true }).fill(group);
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect(page.getByTestId('saved')).toContainText(group);
    const row = await rowOf(page, 'groups', group);
    await expect(row).toContainText('运行中');
    const dialog = await openStep(page, row, '撤销');
    await typeDateTime(page, '撤销时间', '2022-12-30 09:00:00');
    await send(page, dialog, '撤销', /\/dissolution$/, 200);
    await expect(row).toContainText('已撤销');
    await expect(row.getByTestId('actions').getByRole('button')).toHaveCount(0);

    await openTab(page, '委员会会议');
    const topic = `浏览器测试依法治区工作-${stamp}`;
    await page.getByLabel('会议次数', { exact: true }).fill('2');
    await typeDateTime(page, '召开时间', '2022-04-20 09:30:00');
    await page.getByLabel('会议议题', { exact: true }).fill(topic);
    const held = page.waitForRequest((r) => r.url().endsWith('/v1/committee-meetings') && r.method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await held).postDataJSON()).toEqual({ number: 2, heldAt: '2022-04-20T09:30:00+08:00', subject: topic });
    const committee = await rowOf(page, 'committee', topic);
    await expect(committee).toContainText('第2次会议');
    await shot(page, 'legal-affairs-committee');

    const [g] = await sql<{ status: string; field: string }>('SELECT status, field FROM legal_affairs.coordination_groups WHERE name = $1', [group]);
    expect(g).toEqual({ status: 'dissolved', field: 'law-observance' });
  });

  test('the forms, the lists and a step are usable on a 375 px phone', async ({ page }) => {
    const stamp = Date.now();
    const unit = `沙坪坝区手机测试局-${stamp}`;
    const title = `关于手机审查的意见-${stamp}`;
    await signIn(page, 'legalAffairs');
    await callApi(page, 'POST', '/api/svc/legal-affairs/v1/documents', { unit, title, kind: 'other', submittedAt: '2022-08-01T09:00:00+08:00' });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/legal-affairs');
    for (const label of ['报送单位', '文件名称', '文件类别', '报送时间']) await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    const filter = page.getByLabel('查询单位', { exact: true });
    await filter.fill(unit);
    await filter.press('Enter');
    const row = await rowOf(page, 'documents', title);
    // On a phone the list keeps the title, the status and the steps in view; the rest is in the opened row.
    for (const name of ['文件名称', '状态', '操作']) {
      const box = await page.getByTestId('documents-list').getByRole('columnheader', { name, exact: true }).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
    // Nothing wider than the screen.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await shot(page, 'legal-affairs-375');
    const dialog = await openStep(page, row, '审查');
    await typeDateTime(page, '审查时间', '2022-08-02 09:00:00');
    await choose(page, '审查意见', '通过', dialog);
    await yesNo(dialog, '否');
    await shot(page, 'legal-affairs-review-375', false);
    await send(page, dialog, '审查', /\/review$/, 200);
    await expect(row).toContainText('已审查');
    // The other tabs are a swipe (or the tab list's 更多) away.
    await openTab(page, '合同审查');
    await expect(page.getByLabel('合同金额', { exact: true })).toBeVisible();
  });

  test('a report reader opening the page is told it is not theirs, and is offered no form', async ({ page }) => {
    await signIn(page, 'reader');
    await page.goto('/legal-affairs');
    await expect(page.getByText('无权访问法制审查')).toBeVisible();
    await expect(page.getByLabel('文件名称')).toHaveCount(0);
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('法制审查', { exact: true })).toHaveCount(0);
  });
});
