import { expect, Page, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { committeeFirstRule, committeeRegistered, deadLetterAt, disputeRegistered, freshDistrict, produce, registeredIn } from './support/dead-letters';
import { shot, signIn, sql } from './support/pages';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

/** Opens a dead letter from the list and waits for its drawer. */
async function inspect(page: Page, id: string) {
  await page.getByRole('button', { name: `查看死信 ${id}` }).click();
  // By what it shows, not by its accessible name: the title's generated id can meet a toast's of the same value.
  const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('dead-letter-message') });
  await expect(drawer).toContainText(`死信 ${id}`);
  return drawer;
}

/** Picks an option of a filter's Select and waits until the Select shows it. */
async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  await expect(page.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) })).toContainText(option);
}

/** Presses 重放 in the drawer and confirms; the outcome the drawer then shows. */
async function replay(page: Page, drawer: ReturnType<Page['getByRole']>) {
  await drawer.getByRole('button', { name: '重放', exact: true }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '请确认已修复导致它的原因' });
  await confirm.getByRole('button', { name: '重放', exact: true }).click();
  await expect(confirm).toHaveCount(0);
  return drawer.getByTestId('replay-outcome');
}

test.describe('死信队列', () => {
  const district = freshDistrict();
  let removeRule: () => Promise<void> = async () => undefined;

  test.afterAll(async () => {
    await removeRule();
  });

  test('an admin inspects dead letters with personal data masked, replays one before and after its cause is fixed, and the report counts it once', async ({ page }) => {
    test.setTimeout(120_000);
    removeRule = await committeeFirstRule(district);
    const dispute = disputeRegistered(district);
    const atDispute = await produce(dispute.caseId, JSON.stringify(dispute));
    const smuggled = { ...disputeRegistered(district), type: 'mediation.dispute.teleported', payload: { applicantName: '欧阳娜娜', applicantPhone: '13812348000', address: '重庆市沙坪坝区某路1号' } };
    const atSmuggled = await produce(randomUUID(), JSON.stringify(smuggled));
    const [disputeId, smuggledId] = [await deadLetterAt(atDispute), await deadLetterAt(atSmuggled)];

    await signIn(page, 'admin');
    await page.getByRole('menuitem', { name: '死信队列' }).click();
    await expect(page.getByRole('heading', { name: '死信队列' })).toBeVisible();
    const disputeRow = page.getByRole('row').filter({ has: page.getByRole('button', { name: `查看死信 ${disputeId}` }) });
    await expect(disputeRow).toContainText('统计写入失败');
    await expect(disputeRow).toContainText(`${atDispute.partition} / ${atDispute.offset}`);
    await expect(page.getByRole('row').filter({ has: page.getByRole('button', { name: `查看死信 ${smuggledId}` }) })).toContainText('未知事件类型');
    await shot(page, 'dead-letters');

    // The smuggled personal data shows masked, and the drawer says what it masked and why.
    let drawer = await inspect(page, smuggledId);
    const shown = drawer.getByTestId('dead-letter-message');
    await expect(shown).toContainText('"applicantName": "欧***"');
    await expect(shown).toContainText('"applicantPhone": "138****8000"');
    for (const secret of ['欧阳娜娜', '13812348000', '某路']) await expect(drawer).not.toContainText(secret);
    await expect(drawer.getByTestId('masking-summary')).toHaveText('已遮盖 3 处可能的个人信息：');
    await expect(drawer.getByRole('list', { name: '已遮盖的字段' })).toContainText('payload.applicantName — 字段名像姓名、证件号、电话、地址或自由文本');
    await expect(drawer).toContainText('无匹配的事件契约');
    await shot(page, 'dead-letters-detail', false);
    await page.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);

    // The dispute: its message as it came, pretty-printed; a replay before its committee arrives stays dead-lettered.
    drawer = await inspect(page, disputeId);
    await expect(drawer.getByTestId('dead-letter-message')).toContainText(`"caseId": "${dispute.caseId}"`);
    await expect(drawer).toContainText(`契约 mediation.dispute.registered v1`);
    await expect(drawer.getByTestId('masking-summary')).toHaveText('没有需要遮盖的个人信息。');
    let outcome = await replay(page, drawer);
    await expect(outcome).toContainText('仍无法应用，留在队列中：projection failed on replay: the committee of this dispute is not registered yet');
    expect(await registeredIn(district)).toBe(0);

    // The missing committee arrives through Kafka; now the replay counts the dispute, and a second one does not count it again.
    const committee = committeeRegistered(district);
    await produce(committee.caseId, JSON.stringify(committee));
    await expect.poll(async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM reporting.mediation_committees WHERE district = $1`, [district]))[0].n, { timeout: 60_000 }).toBe(1);
    outcome = await replay(page, drawer);
    await expect(outcome).toHaveText('重放结果：已计入报告');
    expect(await registeredIn(district)).toBe(1);
    outcome = await replay(page, drawer);
    await expect(outcome).toHaveText('重放结果：此前已计入（未重复计入）');
    await expect(drawer).toContainText('3 次');
    expect(await registeredIn(district)).toBe(1);
    await page.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);

    // Open ones only by default: the dispute is resolved now; 已解决 shows it.
    await expect(page.getByRole('button', { name: `查看死信 ${disputeId}` })).toHaveCount(0);
    await choose(page, '状态', '已解决');
    await expect(page.getByRole('button', { name: `查看死信 ${disputeId}` })).toBeVisible();

    // Replay all the open ones (the page opens on 待处理) of a reason, after a confirmation: the smuggled one stays.
    await page.reload();
    await expect(page.locator('.ant-select').filter({ has: page.getByLabel('状态', { exact: true }) })).toContainText('待处理');
    await choose(page, '原因', '未知事件类型');
    await expect(page.getByRole('button', { name: `查看死信 ${smuggledId}` })).toBeVisible();
    await page.getByRole('button', { name: '全部重放' }).click();
    await page.getByRole('dialog').filter({ hasText: '将按当前的原因与主题筛选' }).getByRole('button', { name: '全部重放' }).click();
    await expect(page.getByTestId('replay-all-outcome')).toContainText('已计入报告 0 条');
    await expect(page.getByTestId('replay-all-outcome')).toContainText(/仍无法应用 [1-9]\d* 条/);
    const [after] = await sql<{ replays: number; resolved: boolean }>(`SELECT replays, resolved_at IS NOT NULL AS resolved FROM reporting.dead_letters WHERE id = $1`, [smuggledId]);
    expect(after).toEqual({ replays: 1, resolved: false });
    expect(await registeredIn(district)).toBe(1);
    await expect(page.getByRole('button', { name: `查看死信 ${smuggledId}` })).toBeVisible();
    await shot(page, 'dead-letters-replayed');

    await page.setViewportSize({ width: 375, height: 800 });
    await expect(page.getByRole('heading', { name: '死信队列' })).toBeVisible();
    await shot(page, 'dead-letters-375');
    await inspect(page, smuggledId);
    await shot(page, 'dead-letters-detail-375', false);
  });

  test('another role sees no 死信队列 in the menu and is refused the page', async ({ page }) => {
    await signIn(page, 'reader');
    await expect(page.getByRole('menuitem', { name: '年度报告' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: '死信队列' })).toHaveCount(0);
    await page.goto('/admin/dead-letters');
    await expect(page.getByText('死信队列仅供系统管理员使用。')).toBeVisible();
  });
});
