import { Browser, BrowserContext, expect, Page } from '@playwright/test';
import { Client } from 'pg';
import { stack, Who } from './stack';

/**
 * Last year as the pages count it: they run in Asia/Shanghai (playwright.config.ts) and land on
 * `/reports/<this year − 1>`. `new Date().getFullYear()` here would use the test process's zone
 * (UTC on CI), a year behind the pages from 16:00 UTC on every 31 December.
 */
export const lastYearInShanghai = (): number => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())) - 1;

/** Signs in through the login page and waits for the page of the role. */
export async function signIn(page: Page, who: Who): Promise<void> {
  const u = stack().users[who];
  await page.goto('/login');
  await page.getByLabel('用户名').fill(u.username);
  await page.getByLabel('密码').fill(u.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('display-name')).toContainText(u.displayName);
}

/**
 * A second browser session (another person at another desk), with the options every test page has
 * (playwright.config.ts): `browser.newContext()` alone would take none of them — not the reduced
 * motion the pages rely on in tests, nor the locale, time zone and viewport.
 */
export const otherSession = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({ baseURL: stack().webUrl, reducedMotion: 'reduce', locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 800 } });

/** Runs SQL against the browser tests' database. */
export async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: stack().databaseUrl });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** A screenshot under .run/screenshots; the viewport only with `fullPage: false` (a drawer is fixed to the viewport). */
export const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: `.run/screenshots/${name}.png`, fullPage, animations: 'disabled' });

/**
 * Picks a date-time in an antd DatePicker by typing it and pressing the picker's 确定. Not Enter:
 * Enter in a field of a form submits the form, before the picker has taken the value.
 */
export async function typeDateTime(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  // In a dialog still zooming in, the picker opens where the field was a moment ago, and the click
  // on 确定 can land on a time cell (10:00:04 was seen): wait for the dialog, then for the picker, to settle.
  const dialog = page.locator('.ant-modal').filter({ has: input });
  if ((await dialog.count()) > 0) await expect(dialog).not.toHaveClass(/ant-zoom-(appear|enter)/);
  await input.click();
  await input.fill(value);
  const dropdown = page.locator('.ant-picker-dropdown:visible');
  await expect(dropdown).not.toHaveClass(/ant-slide-(up|down)-(appear|enter)/);
  await dropdown.locator('.ant-picker-ok button').click();
  await expect(input).toHaveValue(value);
}
