import { createHash } from 'node:crypto';
import { expect, Page } from '@playwright/test';

// Helpers of the file review browser tests (tests/browser/file-review.pw.ts).

/** The draw as docs/services/file-review.md defines it, computed here independently of the pages and the service. */
export function expectedDraw(seed: string, numbers: string[], sampleSize: number): string[] {
  const key = (n: string) => createHash('sha256').update(`${seed}\u0000${n}`, 'utf8').digest('hex');
  return [...numbers].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).slice(0, sampleSize);
}

/** A CSV file for the page's file input. */
export const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/** Picks an option of the antd Select labelled `label` (within `within`, e.g. a dialog). */
export async function choose(page: Page, label: string, option: string, within = page.locator('body')): Promise<void> {
  await within.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

/** Calls the web app's /api as the signed-in page does (the session's CSRF token on a POST). */
export async function apiAs(page: Page, method: 'GET' | 'POST', path: string, data?: unknown) {
  const { csrfToken } = await (await page.request.get('/api/session')).json();
  const res = method === 'GET' ? await page.request.get(path) : await page.request.post(path, { headers: { 'x-csrf-token': csrfToken }, data });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}
