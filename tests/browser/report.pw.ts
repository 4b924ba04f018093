import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { shot, signIn } from './support/pages';
import { stack } from './support/stack';

test.use({ baseURL: stack().webUrl });

test.describe('年度报告', () => {
  test('the report of a generated year shows its figures, its prose and draws its charts', async ({ page }) => {
    const { expected, year } = stack();
    await signIn(page, 'admin');
    const started = Date.now();
    await page.goto(`/reports/${year}`);
    await expect(page.getByTestId('figure-mediated').locator('.ant-statistic-content-value')).toHaveText(String(expected.mediated));
    const charts = page.locator('[data-testid=chart] canvas');
    await expect(charts).toHaveCount(3);
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

  test('the report is usable on a 375 px phone with a collapsed menu', async ({ page }) => {
    const { expected, year } = stack();
    await signIn(page, 'admin');
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`/reports/${year}`);
    await expect(page.getByTestId('figure-mediated').locator('.ant-statistic-content-value')).toHaveText(String(expected.mediated));
    await expect(page.locator('[data-testid=chart] canvas')).toHaveCount(3);
    // Nothing wider than the screen.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await shot(page, 'report-375');
    await page.getByRole('button', { name: '菜单' }).click();
    await expect(page.getByRole('menu', { name: '主导航' }).getByText('人民调解', { exact: true })).toBeVisible();
    await shot(page, 'menu-375', false);
  });
});
