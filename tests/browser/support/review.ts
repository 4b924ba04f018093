import { expect, Page } from '@playwright/test';

// Helpers of the administrative review browser test (tests/browser/review.pw.ts).

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date (`YYYY-MM-DD`) in Asia/Shanghai `offset` days from today there: the district's days, whatever zone the test runs in. */
export function shanghaiDate(offset = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`). */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Calls the administrative-review service through the web app with the signed-in page's session (a test's starting point, not what it checks). */
export async function reviewApi<T = Record<string, unknown>>(page: Page, path: string, data: unknown, status = 200): Promise<T> {
  const { csrfToken } = await (await page.request.get('/api/session')).json();
  const res = await page.request.post(`/api/svc/administrative-review${path}`, { headers: { 'x-csrf-token': csrfToken }, data });
  expect(res.status(), `POST ${path}: ${await res.text()}`).toBe(status);
  return res.json();
}

/** A review received and accepted through the API, in Shanghai time. */
export async function acceptedReview(page: Page, agency: string, receivedAt: string, acceptedAt: string): Promise<{ id: string; dueAt: string }> {
  const r = await reviewApi<{ id: string }>(page, '/v1/reviews', { receivedAt, channel: 'mail', respondentAgency: agency, matter: 'licensing' }, 201);
  return reviewApi(page, `/v1/reviews/${r.id}/acceptance`, { acceptedAt });
}

/** Shows only the reviews (or lawsuits) of one agency in the list: the filter labelled `label`, then Enter. */
export async function filterAgency(page: Page, label: string, agency: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(agency);
  await input.press('Enter');
}
