import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { otherSession, shot, signIn } from './support/pages';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

test.describe('年度报告', () => {
  test('the report of the 2019 year shows its figures (8428 disputes, 97.0% of them successful), its prose and draws its charts', async ({ page }) => {
    const { expected, year, scale } = stack();
    // The seed report's own figures when the whole year is loaded (the default), not only what the loader expects.
    if (scale === 1) expect(expected).toEqual({ mediated: 8428, successRate: '97.0%' });
    await signIn(page, 'admin');
    const started = Date.now();
    await page.goto(`/reports/${year}`);
    await expect(page.getByTestId('figure-mediated').locator('.ant-statistic-content-value')).toHaveText(String(expected.mediated));
    const charts = page.locator('[data-testid=chart] canvas');
    // By month, by category, by committee kind, legal aid by applicant group, review decisions, appearance rate.
    await expect(charts).toHaveCount(6);
    const loadMs = Date.now() - started;
    await expect(page.getByTestId('figure-successRate').locator('.ant-statistic-content-value')).toHaveText(expected.successRate);
    await expect(page.getByText(`全年共调解纠纷${expected.mediated}件`)).toBeVisible();
    for (const canvas of await charts.all()) {
      const box = await canvas.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(100);
    }
    await expect(page.getByRole('link', { name: /下载 Markdown/ })).toHaveAttribute('href', `/api/svc/reporting/v1/reports/annual/${year}?format=markdown`);
    await expect(page.getByRole('link', { name: /下载 CSV/ })).toHaveAttribute('href', `/api/svc/reporting/v1/reports/annual/${year}?format=csv`);
    // Expressions, not functions: the root tsconfig has no DOM types.
    const nav = await page.evaluate<number>('performance.getEntriesByType("navigation")[0].loadEventEnd');
    writeFileSync('.run/browser/report-load.json', JSON.stringify({ figuresAndChartsMs: loadMs, loadEventEndMs: Math.round(nav) }));
    test.info().annotations.push({ type: 'report load', description: `${loadMs} ms to figures and charts; load event at ${Math.round(nav)} ms` });
    await shot(page, 'report');
  });

  test('a figure opens the cases behind it, page by page', async ({ page }) => {
    const { expected, year } = stack();
    await signIn(page, 'admin');
    await page.goto(`/reports/${year}`);
    await page.getByRole('button', { name: '调解纠纷：查看案件明细' }).click();
    const drawer = page.getByRole('dialog', { name: '调解纠纷：案件明细' });
    await expect(drawer.getByTestId('drill-total')).toHaveText(`共 ${expected.mediated} 件，已显示 20 件`);
    await drawer.getByRole('button', { name: '加载更多' }).click();
    await expect(drawer.getByTestId('drill-total')).toHaveText(`共 ${expected.mediated} 件，已显示 ${Math.min(40, expected.mediated)} 件`);
    await shot(page, 'report-drill', false);
  });

  test('the admin files the year\'s report, and a reader compares the report now with that filing', async ({ page, browser }) => {
    // Room for the consumer to catch up (up to 30 s below) and two sessions' steps after it.
    test.setTimeout(90_000);
    const { year } = stack();
    await signIn(page, 'admin');
    // Everything the other tests changed applied first: the comparison then has nothing to show.
    await expect
      .poll(async () => {
        const r = await page.request.get(`/api/svc/reporting/v1/reports/annual/${year}`);
        const lag = (await r.json()).consumerLag as Record<string, number> | null;
        return lag ? Object.values(lag).reduce((a, b) => a + b, 0) : -1;
      }, { timeout: 30_000 })
      .toBe(0);
    await page.goto(`/reports/${year}`);
    const filings = page.getByTestId('filings');
    await filings.getByRole('button', { name: '报送本年度报告' }).click();
    const note = `浏览器测试报送 ${Date.now()}`;
    await page.getByRole('dialog', { name: `报送 ${year} 年度报告` }).getByLabel('说明（可选）').fill(note);
    await page.getByRole('button', { name: '报送', exact: true }).click();
    const row = filings.getByRole('row', { name: new RegExp(note) });
    await expect(row).toBeVisible();
    const n = Number((await row.getByRole('cell').first().innerText()).match(/第 (\d+) 次/)![1]);

    const readerSession = await otherSession(browser);
    const reader = await readerSession.newPage();
    await signIn(reader, 'reader');
    await reader.goto(`/reports/${year}`);
    // A reader sees the filings but cannot file.
    await expect(reader.getByTestId('filings').getByRole('button', { name: '报送本年度报告' })).toHaveCount(0);
    await reader.getByTestId('filings').getByRole('row', { name: new RegExp(note) }).getByRole('button', { name: '与现在对比' }).click();
    const drawer = reader.getByRole('dialog', { name: `与第 ${n} 次报送对比` });
    await expect(drawer.getByTestId('filing-changed')).toHaveText('报送以来各项数据未变');
    await shot(reader, 'report-filing-compare', false);
    await readerSession.close();
  });

  test('the report is usable on a 375 px phone with a collapsed menu', async ({ page }) => {
    const { expected, year } = stack();
    await signIn(page, 'admin');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`/reports/${year}`);
    await expect(page.getByTestId('figure-mediated').locator('.ant-statistic-content-value')).toHaveText(String(expected.mediated));
    await expect(page.locator('[data-testid=chart] canvas')).toHaveCount(6);
    // Nothing wider than the screen.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await shot(page, 'report-375');
    await page.getByRole('button', { name: '菜单' }).click();
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('人民调解', { exact: true })).toBeVisible();
    await shot(page, 'menu-375', false);
  });
});
