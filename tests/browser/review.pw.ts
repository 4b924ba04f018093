import { expect, Locator, Page, test } from '@playwright/test';
import { choose, idNumber, maskedId } from './support/aid';
import { shot, signIn, sql, typeDateTime } from './support/pages';
import { acceptedReview, daysBetween, filterAgency, reviewApi, shanghaiDate } from './support/review';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

// Times are days before today in Shanghai (the services refuse business times in the future); each
// test names its own agencies, so its rows are told apart from the loaded 2019 year's.
const run = Date.now().toString(36);
const agencyOf = (name: string) => `重庆市沙坪坝区${name}（浏览器测试 ${run}）`;
// Rows of the lists and the hearings table (a dialog's or a page's descriptions are rows too).
const rowOf = (page: Page, text: string) => page.locator('tr.ant-table-row').filter({ hasText: text });
const REVIEW_ACTIONS = ['受理', '不予受理', '延期', '作出决定'];

/** The review actions `within` offers: exactly `labels`, of the four there are. */
async function offered(within: Locator, ...labels: string[]) {
  for (const label of REVIEW_ACTIONS) await expect(within.getByRole('button', { name: label, exact: true })).toHaveCount(labels.includes(label) ? 1 : 0);
}

/**
 * The dialog named `name` once it has finished zooming in: a date picker opened during the animation
 * is placed by where its field was, and the helper's click on 确定 can land on a time cell instead.
 */
async function dialogNamed(page: Page, name: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expect(dialog).not.toHaveClass(/ant-zoom-(appear|enter)/);
  return dialog;
}

/** The form item (label, field and its problems) of the field labelled `label`. */
const itemOf = (within: Locator, label: string) => within.locator('.ant-form-item').filter({ has: within.page().getByLabel(label, { exact: true }) });

test.describe('行政复议', () => {
  // Three dialogs and a form of seven fields: on a loaded shared machine each step can take seconds; every wait is for a visible state.
  test.describe.configure({ timeout: 120_000 });

  test('the officer receives a review through the form, accepts it, sees its due date and days left, extends and decides it, offered only what each status allows', async ({ page }) => {
    const agency = agencyOf('市场监督管理局');
    const id = idNumber('611');
    await signIn(page, 'review');
    await expect(page).toHaveURL(/\/review$/);
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('行政复议', { exact: true })).toBeVisible();
    await expect(page.getByRole('menu', { name: '行政复议导航' }).getByText('复议案件')).toBeVisible();

    await typeDateTime(page, '收到申请时间', `${shanghaiDate(-3)} 09:00:00`);
    await choose(page, '申请方式', '当面申请');
    await page.getByLabel('被申请人（行政机关）').fill(agency);
    await choose(page, '复议事项', '行政处罚');
    await page.getByLabel('申请人姓名').fill('欧阳明');
    await page.getByLabel('身份证号码').fill(id);
    await page.getByLabel('联系电话').fill('13812348000');
    const sent = page.waitForRequest((r) => r.url().endsWith('/v1/reviews') && r.method() === 'POST');
    const answered = page.waitForResponse((r) => r.url().endsWith('/v1/reviews') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await sent).postDataJSON()).toEqual({
      receivedAt: `${shanghaiDate(-3)}T09:00:00+08:00`, channel: 'in-person', respondentAgency: agency, matter: 'penalty',
      applicantName: '欧阳明', applicantIdNumber: id, applicantPhone: '13812348000',
    });
    const response = await answered;
    expect(response.status()).toBe(201);
    const created = await response.json();
    await expect(page.getByTestId('registered')).toContainText(`申请人 欧**，身份证号码 ${maskedId(id)}，联系电话 138****8000`);
    await expect(page.getByLabel('身份证号码')).toHaveValue('');

    await filterAgency(page, '被申请人', agency);
    const row = rowOf(page, agency);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('待受理');
    await expect(row).toContainText('未受理');
    await offered(row, '受理', '不予受理');

    // Accepted two days ago: due at the end of the 60th day after, 58 days from today.
    await row.getByRole('button', { name: '受理', exact: true }).click();
    const accept = await dialogNamed(page, '受理复议申请');
    await typeDateTime(page, '受理时间', `${shanghaiDate(-2)} 10:00:00`);
    await expect(accept).toContainText(`决定期限：${shanghaiDate(58)}`);
    await accept.getByRole('button', { name: '受理', exact: true }).click();
    await expect(accept).toHaveCount(0);
    await expect(row).toContainText('审理中');
    await expect(row).toContainText(shanghaiDate(58));
    await expect(row).toContainText('剩余 58 天');
    await expect(row).not.toHaveAttribute('data-overdue', 'true');
    await offered(row, '延期', '作出决定');
    await shot(page, 'review');

    // The review's page: the same deadline, the personal data masked, the same two actions.
    await row.getByRole('link', { name: '查看' }).click();
    await expect(page).toHaveURL(new RegExp(`/review/reviews/${created.id}$`));
    await expect(page.getByTestId('due-date')).toHaveText(shanghaiDate(58));
    await expect(page.getByTestId('days-left')).toHaveText('剩余 58 天');
    for (const masked of ['欧**', maskedId(id), '138****8000']) await expect(page.locator('.ant-descriptions').getByText(masked, { exact: true })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(id);
    await expect(page.locator('body')).not.toContainText('欧阳明');
    await offered(page.locator('body'), '延期', '作出决定');

    await page.getByRole('button', { name: '延期', exact: true }).click();
    const extend = await dialogNamed(page, '延长审理期限');
    await typeDateTime(page, '延期决定时间', `${shanghaiDate(-1)} 10:00:00`);
    await extend.getByLabel('延长天数').fill('30');
    await expect(extend).toContainText(`延期后决定期限：${shanghaiDate(88)}`);
    const extended = page.waitForRequest((r) => r.url().endsWith(`/v1/reviews/${created.id}/extension`) && r.method() === 'POST');
    await extend.getByRole('button', { name: '延期', exact: true }).click();
    expect((await extended).postDataJSON()).toEqual({ extendedAt: `${shanghaiDate(-1)}T10:00:00+08:00`, days: 30 });
    await expect(page.getByTestId('due-date')).toHaveText(shanghaiDate(88));
    await expect(page.getByTestId('days-left')).toHaveText('剩余 88 天');
    await expect(page.getByText('延长 30 天')).toBeVisible();
    // Extended once: the only action left is the decision.
    await offered(page.locator('body'), '作出决定');

    await page.getByRole('button', { name: '作出决定', exact: true }).click();
    const decide = await dialogNamed(page, '作出复议决定');
    await typeDateTime(page, '决定时间', `${shanghaiDate(-1)} 15:00:00`);
    await choose(page, '复议决定', '撤销', decide);
    await decide.getByRole('button', { name: '作出决定', exact: true }).click();
    await expect(decide).toHaveCount(0);
    const facts = page.locator('.ant-descriptions');
    await expect(facts.getByText('已审结', { exact: true })).toBeVisible();
    await expect(page.getByTestId('days-left')).toHaveText('按期审结');
    await expect(facts.getByText('撤销', { exact: true })).toBeVisible();
    await offered(page.locator('body'));
    await shot(page, 'review-detail');

    const [stored] = await sql<{ status: string; decision: string; extension_days: number; late: boolean }>(
      'SELECT status, decision, extension_days, late FROM admin_review.reviews WHERE id = $1', [created.id],
    );
    expect(stored).toEqual({ status: 'concluded', decision: 'revoked', extension_days: 30, late: false });
  });

  test('an overdue review is highlighted with its days past, the overdue filter finds it, and its extension is refused beside the field', async ({ page }) => {
    const agency = agencyOf('城市管理局');
    await signIn(page, 'review');
    // Accepted on 2025-01-08: due at the end of 2025-03-09, long past. Another of the same agency accepted yesterday is not.
    const late = await acceptedReview(page, agency, '2025-01-06T09:00:00+08:00', '2025-01-08T09:00:00+08:00');
    expect(late.dueAt).toBe('2025-03-09T23:59:59.999+08:00');
    await acceptedReview(page, agency, `${shanghaiDate(-2)}T09:00:00+08:00`, `${shanghaiDate(-1)}T09:00:00+08:00`);
    await page.goto('/review');
    await filterAgency(page, '被申请人', agency);
    const overdueRow = rowOf(page, '2025-01-06');
    const freshRow = rowOf(page, shanghaiDate(-2));
    await expect(overdueRow).toContainText(`已逾期 ${daysBetween('2025-03-09', shanghaiDate())} 天`);
    await expect(overdueRow).toContainText('2025-03-09');
    await expect(overdueRow).toHaveAttribute('data-overdue', 'true');
    await expect(overdueRow.locator('td').first()).toHaveCSS('background-color', 'rgb(255, 241, 240)');
    await expect(freshRow).toContainText('剩余 59 天');
    await expect(freshRow).not.toHaveAttribute('data-overdue', 'true');
    await expect(freshRow.locator('td').first()).not.toHaveCSS('background-color', 'rgb(255, 241, 240)');
    await shot(page, 'review-overdue');

    await page.getByText('只看逾期未决').click();
    await expect(freshRow).toHaveCount(0);
    await expect(overdueRow).toHaveCount(1);

    // The deadline has passed: the service refuses the extension, naming extendedAt, and the dialog says so beside it.
    await overdueRow.getByRole('button', { name: '延期', exact: true }).click();
    const extend = await dialogNamed(page, '延长审理期限');
    await typeDateTime(page, '延期决定时间', `${shanghaiDate(-1)} 10:00:00`);
    await extend.getByLabel('延长天数').fill('10');
    const refused = page.waitForResponse((r) => r.url().endsWith(`/v1/reviews/${late.id}/extension`));
    await extend.getByRole('button', { name: '延期', exact: true }).click();
    expect((await refused).status()).toBe(400);
    await expect(itemOf(extend, '延期决定时间').getByText('延期须在决定期限届满前作出，该案已超过期限')).toBeVisible();
    await shot(page, 'review-field-error', false);
    await extend.getByRole('button', { name: '取消' }).click();
    await expect(overdueRow).toContainText('审理中');

    await overdueRow.getByRole('link', { name: '查看' }).click();
    await expect(page.getByTestId('overdue-alert')).toContainText('已超过决定期限（2025-03-09）');
  });

  test('a 400 of the register form shows beside the field it names', async ({ page }) => {
    await signIn(page, 'review');
    // A check digit only the service checks: the form lets 17 digits and a digit through.
    const good = idNumber('622');
    const wrong = good.slice(0, 17) + (good.endsWith('1') ? '2' : '1');
    await typeDateTime(page, '收到申请时间', `${shanghaiDate(-1)} 09:00:00`);
    await choose(page, '申请方式', '网上申请');
    await page.getByLabel('被申请人（行政机关）').fill(agencyOf('公安分局'));
    await choose(page, '复议事项', '政府信息公开');
    await page.getByLabel('身份证号码').fill(wrong);
    const refused = page.waitForResponse((r) => r.url().endsWith('/v1/reviews') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    expect((await refused).status()).toBe(400);
    await expect(itemOf(page.locator('body'), '身份证号码').getByText('身份证号码校验位不正确')).toBeVisible();
    await expect(page.getByTestId('registered')).toHaveCount(0);

    // Corrected, it is received; refused, it is offered nothing more.
    await page.getByLabel('身份证号码').fill(good);
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect(page.getByTestId('registered')).toContainText(maskedId(good));
    await filterAgency(page, '被申请人', agencyOf('公安分局'));
    const row = rowOf(page, agencyOf('公安分局'));
    await row.getByRole('button', { name: '不予受理', exact: true }).click();
    const reject = await dialogNamed(page, '不予受理');
    await typeDateTime(page, '不予受理时间', `${shanghaiDate(0)} 00:00:00`);
    await reject.getByLabel('不予受理理由').fill('不属于行政复议受理范围');
    await reject.getByRole('button', { name: '不予受理', exact: true }).click();
    await expect(reject).toHaveCount(0);
    // The status tag (the row's 不予受理 button says the same words until then).
    await expect(row.locator('.ant-tag')).toHaveText('不予受理');
    await offered(row);
  });

  test('a lawsuit filed through the form shows its hearings and whether the agency head appeared; the judgment closes it', async ({ page }) => {
    const agency = agencyOf('住房和城乡建设委员会');
    await signIn(page, 'review');
    // The sub-navigation by keyboard: the item focused, Enter.
    await page.getByRole('menuitem', { name: '行政应诉' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/review\/lawsuits$/);

    await typeDateTime(page, '立案时间', `${shanghaiDate(-30)} 09:00:00`);
    await page.getByLabel('被告行政机关').fill(agency);
    await page.getByLabel('审理法院').fill('重庆铁路运输法院');
    await choose(page, '被诉行政行为', '行政许可');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await expect(page).toHaveURL(/\/review\/lawsuits\/[0-9a-f-]{36}$/);
    const lawsuitId = /lawsuits\/([0-9a-f-]{36})$/.exec(page.url())![1];
    await expect(page.getByTestId('appearances')).toHaveText('尚未开庭');

    // A hearing before the filing: the service's 400 beside 开庭时间.
    await page.getByRole('button', { name: '记录庭审' }).click();
    let hearing = await dialogNamed(page, '记录庭审');
    await typeDateTime(page, '开庭时间', `${shanghaiDate(-40)} 09:30:00`);
    await hearing.getByLabel('未出庭').check();
    await hearing.getByRole('button', { name: '保存' }).click();
    await expect(itemOf(hearing, '开庭时间').getByText('不能早于立案时间')).toBeVisible();
    await hearing.getByRole('button', { name: '取消' }).click();
    await expect(hearing).toHaveCount(0);

    await page.getByRole('button', { name: '记录庭审' }).click();
    hearing = await dialogNamed(page, '记录庭审');
    await typeDateTime(page, '开庭时间', `${shanghaiDate(-10)} 09:30:00`);
    await expect(hearing.getByLabel('出庭人员')).toHaveCount(0);
    await hearing.getByLabel('出庭', { exact: true }).check();
    await choose(page, '出庭人员', '部门负责人', hearing);
    const heard = page.waitForRequest((r) => r.url().endsWith(`/v1/lawsuits/${lawsuitId}/hearings`) && r.method() === 'POST');
    await hearing.getByRole('button', { name: '保存' }).click();
    expect((await heard).postDataJSON()).toEqual({ heldAt: `${shanghaiDate(-10)}T09:30:00+08:00`, headAppeared: true, appearedRole: 'agency-head' });
    await expect(hearing).toHaveCount(0);
    await expect(rowOf(page, `${shanghaiDate(-10)} 09:30`)).toContainText('已出庭（部门负责人）');

    await page.getByRole('button', { name: '记录庭审' }).click();
    hearing = await dialogNamed(page, '记录庭审');
    await typeDateTime(page, '开庭时间', `${shanghaiDate(-5)} 14:00:00`);
    await hearing.getByLabel('未出庭').check();
    await hearing.getByRole('button', { name: '保存' }).click();
    await expect(hearing).toHaveCount(0);
    await expect(rowOf(page, `${shanghaiDate(-5)} 14:00`)).toContainText('未出庭');
    await expect(page.getByTestId('appearances')).toHaveText('共 2 次庭审，出庭 1 次');

    await page.getByRole('button', { name: '记录裁判结果' }).click();
    const judgment = await dialogNamed(page, '记录裁判结果');
    await typeDateTime(page, '裁判时间', `${shanghaiDate(-2)} 10:00:00`);
    await choose(page, '裁判结果', '判决维持（驳回诉讼请求）', judgment);
    await judgment.getByRole('button', { name: '保存' }).click();
    await expect(judgment).toHaveCount(0);
    await expect(page.locator('.ant-descriptions').getByText('已结案', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '记录庭审' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '记录裁判结果' })).toHaveCount(0);
    await shot(page, 'review-lawsuit');

    const hearings = await sql<{ head_appeared: boolean; appeared_role: string | null }>(
      'SELECT head_appeared, appeared_role FROM admin_review.hearings WHERE lawsuit_id = $1 ORDER BY held_at', [lawsuitId],
    );
    expect(hearings).toEqual([{ head_appeared: true, appeared_role: 'agency-head' }, { head_appeared: false, appeared_role: null }]);

    await page.getByRole('button', { name: '返回应诉案件列表' }).click();
    await filterAgency(page, '被告', agency);
    const row = rowOf(page, agency);
    await expect(row).toContainText('2 次');
    await expect(row).toContainText('已结案');
    await shot(page, 'review-lawsuits');
  });

  test('after the judgment the officer supervises its performance and a judicial suggestion through the page, each offered only when the service allows it', async ({ page }) => {
    const agency = agencyOf('城市管理局');
    await signIn(page, 'review');
    const lawsuit = await reviewApi<{ id: string }>(
      page, '/v1/lawsuits', { filedAt: `${shanghaiDate(-60)}T09:00:00+08:00`, defendantAgency: agency, court: '重庆铁路运输法院', matter: 'penalty' }, 201,
    );
    await reviewApi(page, `/v1/lawsuits/${lawsuit.id}/judgment`, { decidedAt: `${shanghaiDate(-30)}T10:00:00+08:00`, outcome: 'revoked' });
    await page.goto(`/review/lawsuits/${lawsuit.id}`);
    await expect(page.getByTestId('performance')).toHaveText('未督促');
    await expect(page.getByRole('button', { name: '督促履行结束' })).toHaveCount(0);

    // A start before the judgment became effective: the service's 400 beside 督促开始时间.
    await page.getByRole('button', { name: '督促履行判决' }).click();
    let dialog = await dialogNamed(page, '督促履行判决');
    await typeDateTime(page, '判决生效时间', `${shanghaiDate(-14)} 00:00:00`);
    await typeDateTime(page, '督促开始时间', `${shanghaiDate(-15)} 09:00:00`);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(itemOf(dialog, '督促开始时间').getByText('不能早于判决生效时间')).toBeVisible();
    await typeDateTime(page, '督促开始时间', `${shanghaiDate(-13)} 09:00:00`);
    const started = page.waitForRequest((r) => r.url().endsWith(`/v1/lawsuits/${lawsuit.id}/performance-supervision`) && r.method() === 'POST');
    await dialog.getByRole('button', { name: '保存' }).click();
    expect((await started).postDataJSON()).toEqual({ judgmentEffectiveAt: `${shanghaiDate(-14)}T00:00:00+08:00`, startedAt: `${shanghaiDate(-13)}T09:00:00+08:00` });
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('performance')).toHaveText('督促履行中');
    await expect(page.getByRole('button', { name: '督促履行判决' })).toHaveCount(0);

    await page.getByRole('button', { name: '督促履行结束' }).click();
    dialog = await dialogNamed(page, '督促履行结束');
    await typeDateTime(page, '督促结束时间', `${shanghaiDate(-3)} 16:00:00`);
    await choose(page, '履行结果', '已履行', dialog);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('performance')).toHaveText('督促履行结束（已履行）');
    await expect(page.getByRole('button', { name: '督促履行结束' })).toHaveCount(0);

    // A judicial suggestion: the lawsuit's court proposed, then 督办 and the answer from its row.
    await page.getByRole('button', { name: '登记司法建议' }).click();
    dialog = await dialogNamed(page, '登记司法建议');
    await expect(dialog.getByLabel('提出建议的法院')).toHaveValue('重庆铁路运输法院');
    await dialog.getByLabel('提出建议的法院').fill('重庆市第一中级人民法院');
    await typeDateTime(page, '收到时间', `${shanghaiDate(-20)} 10:00:00`);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toHaveCount(0);
    const row = rowOf(page, '重庆市第一中级人民法院');
    await expect(row.locator('.ant-tag')).toHaveText('待督办');
    await row.getByRole('button', { name: '督办', exact: true }).click();
    dialog = await dialogNamed(page, '督办');
    await typeDateTime(page, '督办时间', `${shanghaiDate(-18)} 10:00:00`);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row.locator('.ant-tag')).toHaveText('督办中');
    await expect(row.getByRole('button', { name: '督办', exact: true })).toHaveCount(0);
    await row.getByRole('button', { name: '记录回复' }).click();
    dialog = await dialogNamed(page, '记录回复');
    await typeDateTime(page, '回复时间', `${shanghaiDate(-19)} 10:00:00`);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(itemOf(dialog, '回复时间').getByText('不能早于督办时间')).toBeVisible();
    await typeDateTime(page, '回复时间', `${shanghaiDate(-5)} 10:00:00`);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row.locator('.ant-tag')).toHaveText('已回复');
    await expect(row.getByRole('button')).toHaveCount(0);
    await shot(page, 'review-lawsuit-follow-up');

    const [l] = await sql<{ performance_status: string; performance_result: string }>(
      'SELECT performance_status, performance_result FROM admin_review.lawsuits WHERE id = $1', [lawsuit.id],
    );
    expect(l).toEqual({ performance_status: 'concluded', performance_result: 'performed' });
    const suggestions = await sql<{ court: string; status: string }>('SELECT court, status FROM admin_review.judicial_suggestions WHERE lawsuit_id = $1', [lawsuit.id]);
    expect(suggestions).toEqual([{ court: '重庆市第一中级人民法院', status: 'answered' }]);
  });

  test('a mediation clerk has no 行政复议 in the menu, and /review and /review/lawsuits answer that they have no access', async ({ page }) => {
    await signIn(page, 'clerk');
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('人民调解', { exact: true })).toBeVisible();
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('行政复议', { exact: true })).toHaveCount(0);
    const api = await page.request.get('/api/svc/administrative-review/v1/reviews');
    expect(api.status()).toBe(403);
    expect((await api.json()).code).toBe('AUTH.FORBIDDEN_ROLE');

    for (const path of ['/review', '/review/lawsuits']) {
      await page.goto(path);
      await expect(page.getByText('无权访问行政复议')).toBeVisible();
      await expect(page.getByLabel('身份证号码')).toHaveCount(0);
      await expect(page.getByLabel('被告行政机关')).toHaveCount(0);
    }
    await shot(page, 'review-forbidden');
  });

  test('the lists, forms and pages are usable on a 375 px phone', async ({ page }) => {
    const agency = agencyOf('生态环境局');
    await signIn(page, 'review');
    const r = await acceptedReview(page, agency, `${shanghaiDate(-2)}T09:00:00+08:00`, `${shanghaiDate(-1)}T09:00:00+08:00`);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/review');
    for (const label of ['收到申请时间', '申请方式', '被申请人（行政机关）', '复议事项', '申请人姓名', '身份证号码', '联系电话']) await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    await filterAgency(page, '被申请人', agency);
    const row = rowOf(page, agency);
    await expect(row).toContainText('剩余 59 天');
    // On a phone the row keeps the agency (the link to the review), the status and the days left in view.
    for (const name of ['被申请人', '状态', '剩余天数']) {
      const box = await page.getByRole('columnheader', { name, exact: true }).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    }
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await shot(page, 'review-375');

    await row.getByRole('link', { name: agency }).click();
    await expect(page.getByTestId('days-left')).toHaveText('剩余 59 天');
    await offered(page.locator('body'), '延期', '作出决定');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await shot(page, 'review-detail-375');
    expect(r.id).toBeTruthy();

    await page.goto('/review/lawsuits');
    for (const label of ['立案时间', '被告行政机关', '审理法院', '被诉行政行为']) await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await shot(page, 'review-lawsuits-375');
  });
});
