import { expect, Page } from '@playwright/test';
import { Client } from 'pg';
import { stack } from './stack';

/** Signs in through the login page and waits for the page of the role. */
export async function signIn(page: Page, who: 'admin' | 'clerk' | 'otherClerk'): Promise<void> {
  const u = stack().users[who];
  await page.goto('/login');
  await page.getByLabel('用户名').fill(u.username);
  await page.getByLabel('密码').fill(u.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('display-name')).toContainText(u.displayName);
}

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
  await input.click();
  await input.fill(value);
  await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
  await expect(input).toHaveValue(value);
}
