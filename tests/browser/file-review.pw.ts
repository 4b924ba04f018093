import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { apiAs, choose, csvFile, expectedDraw } from './support/files';
import { shot, signIn, sql, typeDateTime } from './support/pages';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

// Five files as a spreadsheet program writes them (byte order mark, CRLF, a quoted cell with a
// comma and doubled quotes); row 4 has a date that does not exist.
const stamp = () => Date.now().toString(36);
const poolCsv = (p: string) =>
  '\uFEFFagency,fileNumber,penaltyType,decidedAt\r\n' +
  `沙坪坝区市场监督管理局,${p}-1,fine,2021-03-10\r\n` +
  `"沙坪坝区城市管理局, 执法支队",${p}-2,警告,2021-03-11 09:30\r\n` +
  `沙坪坝区生态环境局,${p}-3,fine,2021-02-30\r\n` +
  `沙坪坝区交通局,"${p}-4 ""补""",confiscation,2021/3/12\r\n` +
  `沙坪坝区公安分局,${p}-5,detention,2021-03-13\r\n`;

const campaignId = (url: string) => /\/file-review\/campaigns\/([0-9a-f-]{36})$/.exec(url)![1];

test.describe('案卷评查', () => {
  // Each test walks a campaign through several services' answers; on a loaded machine that takes a while.
  test.describe.configure({ timeout: 120_000 });

  test('a supervisor opens a campaign, pools a CSV with one bad row, draws with a seed, scores a file, issues the notice and downloads the problem list', async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page, 'supervisor');
    await expect(page).toHaveURL(/\/file-review$/);

    // Open the campaign.
    const p = `浏卷${stamp()}`;
    const title = `浏览器测试评查 ${p}`;
    await page.getByLabel('年度', { exact: true }).fill('2021');
    await page.getByLabel('活动名称').fill(title);
    await page.getByRole('button', { name: '添加成员' }).click();
    await page.getByLabel('成员 2 姓名（可不填）').fill('刘律师');
    await page.getByRole('button', { name: '创建', exact: true }).click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    const id = campaignId(page.url());
    await expect(page.getByTestId('campaign-status')).toHaveText('入池中');
    await expect(page.getByText('法律顾问：刘律师')).toBeVisible();

    // Upload the CSV: the bad row is reported by number and column before anything is sent.
    await page.getByLabel('CSV 文件', { exact: true }).setInputFiles(csvFile('pool.csv', poolCsv(p)));
    const report = page.getByTestId('pool-report');
    await expect(report).toContainText('共 5 行案卷：4 行可以入池，1 行有错误');
    const bad = report.getByRole('row').filter({ hasText: '第 4 行' });
    await expect(bad).toContainText('决定时间（decidedAt）');
    await expect(bad).toContainText('日期不存在：2021 年 2 月只有 28 天');
    await expect(report.getByRole('row')).toHaveCount(2); // the header and the one bad row
    expect(await sql('SELECT 1 FROM file_review.files WHERE campaign_id = $1', [id])).toHaveLength(0);

    const pooled = page.waitForResponse((r) => r.url().endsWith(`/v1/campaigns/${id}/files`) && r.request().method() === 'POST');
    await page.getByRole('button', { name: '将其余 4 件有效案卷入池' }).click();
    expect((await pooled).status()).toBe(201);
    await expect(report).toContainText('已将 4 件案卷入池，案卷池现有 4 件');
    await expect(page.getByTestId('pool-size')).toHaveText('4');
    const rows = await sql<{ file_number: string; agency: string; decided_at: Date }>('SELECT file_number, agency, decided_at FROM file_review.files WHERE campaign_id = $1 ORDER BY file_number', [id]);
    expect(rows.map((r) => r.file_number)).toEqual([`${p}-1`, `${p}-2`, `${p}-4 "补"`, `${p}-5`]);
    expect(rows[1].agency).toBe('沙坪坝区城市管理局, 执法支队');
    expect(rows[1].decided_at.toISOString()).toBe('2021-03-11T01:30:00.000Z');

    // Draw 2 with a seed: the seed is shown, and the draw is the one anyone can recompute.
    const seed = `公开抽签-${p}`;
    await page.getByLabel('抽取数量（件）').fill('2');
    await page.getByLabel('抽签种子（可不填）').fill(seed);
    await page.getByRole('button', { name: '抽签', exact: true }).click();
    await page.getByRole('dialog', { name: '确认抽签' }).getByRole('button', { name: '抽签' }).click();
    await expect(page.getByTestId('draw-seed')).toHaveText(seed);
    await expect(page.getByTestId('campaign-status')).toHaveText('评查中（已抽签）');
    const expected = expectedDraw(seed, rows.map((r) => r.file_number), 2);
    const [drawn] = await sql<{ seed: string; drawn_numbers: string[] }>('SELECT seed, drawn_numbers FROM file_review.campaigns WHERE id = $1', [id]);
    expect(drawn).toEqual({ seed, drawn_numbers: expected });
    await page.getByRole('button', { name: '在浏览器中复核抽签' }).click();
    await expect(page.getByText('复核一致：用该种子对案卷池的 4 个案卷号重新抽签，结果与记录相同。')).toBeVisible();
    // Pooling is over: no upload, no draw form.
    await expect(page.getByLabel('CSV 文件', { exact: true })).toHaveCount(0);
    await expect(page.getByLabel('抽取数量（件）')).toHaveCount(0);

    // Score the first drawn file. A review before the penalty was decided is the service's 400, shown beside 评查时间.
    const first = expected[0];
    await page.getByRole('button', { name: `评查 ${first}` }).click();
    const dialog = page.getByRole('dialog', { name: '评查案卷' });
    await typeDateTime(page, '评查时间', '2021-03-01 10:00:00');
    await dialog.getByLabel('得分（0–100）').fill('70');
    await expect(dialog.getByText('合格', { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: '添加发现的问题（没有问题可不填）' }).click();
    await choose(page, '问题 1 类别', '程序问题', dialog);
    const problem = `未履行告知程序，缺少当事人陈述申辩记录（${p}）`;
    await dialog.getByLabel('问题 1 描述').fill(problem);
    await dialog.getByRole('button', { name: '提交评查' }).click();
    const when = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('评查时间', { exact: true }) });
    await expect(when.getByText('评查时间不能早于该案卷的处罚决定时间')).toBeVisible();

    await typeDateTime(page, '评查时间', '2021-09-01 10:00:00');
    const reviewed = page.waitForRequest((r) => r.url().endsWith('/review') && r.method() === 'POST' && r.postDataJSON().reviewedAt === '2021-09-01T10:00:00+08:00');
    await dialog.getByRole('button', { name: '提交评查' }).click();
    expect((await reviewed).postDataJSON()).toEqual({ reviewedAt: '2021-09-01T10:00:00+08:00', score: 70, problems: [{ category: 'procedure', description: problem }] });
    await expect(dialog).toBeHidden();
    const row = page.getByTestId('files').getByRole('row').filter({ hasText: first });
    await expect(row).toContainText(/70 分\s*合格/);
    await expect(page.getByRole('button', { name: `评查 ${first}` })).toHaveCount(0);
    await expect(page.getByRole('button', { name: `评查 ${expected[1]}` })).toBeVisible();
    await shot(page, 'file-review-campaign');

    // Issue the notice: the second drawn file stays unreviewed, and the page says so first.
    await expect(page.getByText('还有 1 件抽中的案卷没有评查')).toBeVisible();
    await typeDateTime(page, '通报时间', '2021-12-10 10:00:00');
    await page.getByRole('button', { name: '发布通报', exact: true }).click();
    await page.getByRole('dialog', { name: '确认发布通报' }).getByRole('button', { name: '发布通报' }).click();
    await expect(page.getByTestId('campaign-status')).toHaveText('已通报');
    await expect(page.getByRole('button', { name: /^评查 / })).toHaveCount(0);
    await expect(page.getByLabel('通报时间')).toHaveCount(0);
    const [campaign] = await sql<{ status: string; issued_at: Date }>('SELECT status, issued_at FROM file_review.campaigns WHERE id = $1', [id]);
    expect(campaign).toEqual({ status: 'noticed', issued_at: new Date('2021-12-10T02:00:00Z') });

    // The problem list, and its CSV download holding the problem.
    const list = page.locator('.ant-card').filter({ hasText: '问题明细' });
    await expect(list.getByText('已通报', { exact: true })).toBeVisible();
    await expect(list.getByRole('row').filter({ hasText: problem })).toContainText(first);
    const download = page.waitForEvent('download');
    await list.getByRole('link', { name: '下载 CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.startsWith('\uFEFFagency,category,fileNumber,score,grade,description\r\n')).toBe(true);
    expect(csv).toContain(`procedure,${first.includes('"') ? `"${first.replace(/"/g, '""')}"` : first},70,pass,${problem}\r\n`);
    await shot(page, 'file-review-noticed');

    await page.setViewportSize({ width: 375, height: 800 });
    await expect(page.getByTestId('draw-seed')).toBeVisible();
    await shot(page, 'file-review-campaign-375');
  });

  test('a number already in the pool is the service\'s per-row error, and the other rows can still be pooled (at 375 px)', async ({ page }) => {
    await signIn(page, 'supervisor');
    await page.setViewportSize({ width: 375, height: 800 });
    const p = `重号${stamp()}`;
    const opened = await apiAs(page, 'POST', '/api/svc/file-review/v1/campaigns', { year: 2021, title: `浏览器测试重号 ${p}`, panel: [{ role: 'scholar' }] });
    await apiAs(page, 'POST', `/api/svc/file-review/v1/campaigns/${opened.id}/files`, {
      files: [{ agency: '沙坪坝区市场监督管理局', fileNumber: `${p}-1`, penaltyType: 'fine', decidedAt: '2021-03-10T00:00:00+08:00' }],
    });
    await page.goto(`/file-review/campaigns/${opened.id}`);
    await expect(page.getByTestId('pool-size')).toHaveText('1');

    await page.getByLabel('CSV 文件', { exact: true }).setInputFiles(csvFile('again.csv', `agency,fileNumber,penaltyType,decidedAt\n区市场监管局,${p}-1,fine,2021-03-10\n区城管局,${p}-2,warning,2021-03-11\n`));
    const report = page.getByTestId('pool-report');
    await expect(report).toContainText('共 2 行案卷：2 行可以入池。尚未入池');
    const refused = page.waitForResponse((r) => r.url().endsWith('/files') && r.request().method() === 'POST');
    await page.getByRole('button', { name: '将 2 件案卷入池' }).click();
    expect((await refused).status()).toBe(409);
    await expect(report.getByRole('row').filter({ hasText: '第 2 行' })).toContainText('该案卷号已在本次评查的案卷池中');
    expect(await sql('SELECT 1 FROM file_review.files WHERE campaign_id = $1', [opened.id])).toHaveLength(1);

    await page.getByRole('button', { name: '将其余 1 件有效案卷入池' }).click();
    await expect(report).toContainText('已将 1 件案卷入池，案卷池现有 2 件');
    expect((await sql<{ n: string }>('SELECT count(*) AS n FROM file_review.files WHERE campaign_id = $1', [opened.id]))[0].n).toBe('2');
    await shot(page, 'file-review-pool-refused-375');
  });

  test('a campaign title the year already has is shown beside 活动名称', async ({ page }) => {
    await signIn(page, 'supervisor');
    const title = `浏览器测试同名 ${stamp()}`;
    await apiAs(page, 'POST', '/api/svc/file-review/v1/campaigns', { year: 2021, title, panel: [{ role: 'official' }] });
    await page.reload(); // the list was read before that campaign was opened
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await page.getByLabel('年度', { exact: true }).fill('2021');
    await page.getByLabel('活动名称').fill(title);
    await page.getByRole('button', { name: '创建', exact: true }).click();
    const item = page.locator('.ant-form-item').filter({ has: page.getByLabel('活动名称') });
    await expect(item.getByText('2021 年度已有同名的评查活动')).toBeVisible();
    await expect(page).toHaveURL(/\/file-review$/);
    await expect(page.getByRole('link', { name: title })).toHaveCount(1);
    await shot(page, 'file-review-campaigns');
  });
});
