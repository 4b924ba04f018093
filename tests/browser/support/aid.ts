import { expect, Locator, Page } from '@playwright/test';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/**
 * A valid PRC resident identity number (GB 11643 check character) of someone born on 1985-03-12 in
 * Shapingba, with `sequence` (3 digits) as its sequence code: each test gets its own, so its masked
 * form (first 4 and last 4 characters) tells its case apart in the list.
 */
export function idNumber(sequence: string): string {
  const first17 = `50010619850312${sequence}`;
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * ID_WEIGHTS[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The API's masked form of an identity number (libs/platform/src/personal-data/masking.ts). */
export const maskedId = (id: string) => `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;

/** Picks `option` in the antd Select labelled `label` (a multiple one stays open: Escape closes it). */
export async function choose(page: Page, label: string, option: string, within: Locator = page.locator('body')): Promise<void> {
  await within.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

/** Shows the applications of one month (`2022-03`) in the list. */
export async function filterMonth(page: Page, month: string): Promise<void> {
  const input = page.getByLabel('申请月份', { exact: true });
  await input.click();
  await input.fill(month);
  await input.press('Enter');
  await expect(input).toHaveValue(month);
}

/** Registers an application through the API with the signed-in page's session (a test's starting point, not what it checks). */
export async function applyThroughApi(page: Page, appliedAt: string, extra: Record<string, unknown> = {}): Promise<{ id: string; applicantIdNumber: string | null }> {
  const { csrfToken } = await (await page.request.get('/api/session')).json();
  const res = await page.request.post('/api/svc/legal-aid/v1/cases', {
    headers: { 'x-csrf-token': csrfToken },
    data: { applicantGroups: ['elderly'], caseType: 'civil', matter: 'family', channel: 'walk-in', appliedAt, ...extra },
  });
  expect(res.status()).toBe(201);
  return res.json();
}

/** Accepts a case through the API, behind the page's back. */
export async function acceptThroughApi(page: Page, id: string, acceptedAt: string): Promise<void> {
  const { csrfToken } = await (await page.request.get('/api/session')).json();
  const res = await page.request.post(`/api/svc/legal-aid/v1/cases/${id}/acceptance`, { headers: { 'x-csrf-token': csrfToken }, data: { acceptedAt } });
  expect(res.status()).toBe(200);
}
