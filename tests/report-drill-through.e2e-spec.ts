import { createPrivateTopics } from './support/private-topics';
import { randomUUID } from 'node:crypto';
import { REPORT_AREA_DEFINITIONS } from '../apps/reporting/src/areas/report-areas';
import { FIGURE_CATALOG } from '../apps/reporting/src/drill-through/figure-catalog';
import { runPool } from '../scripts/load-2019/http-pool';
import { RunningApp, startReporting } from './support/apps';
import { CaseServices, loadYear, startCaseServices } from './support/report-year';
import { uniqueDistrict } from './support/test-env';

jest.setTimeout(300_000);

const SCALE = 0.05;
const SECTION: Record<string, string> = Object.fromEntries(REPORT_AREA_DEFINITIONS.map((a) => [a.area, a.sectionKey]));
const COUNT_FIGURES = Object.entries(FIGURE_CATALOG).flatMap(([area, f]) => Object.keys(f.figures).map((figure) => [area, figure] as const));

/**
 * A generated, scaled-down 2019 year of every area goes through the case services; each count
 * figure of the report can then be opened: its drill-through lists exactly as many distinct cases
 * (hearings, for litigation's hearing figures; work records, for the advisers' work; decisions, for a clean-up) as the figure says, in total and in every breakdown cell.
 */
describe('drill-through from every report figure to its cases and events', () => {
  const district = uniqueDistrict();
  const runId = `d${randomUUID().slice(0, 8)}`;
  let services: CaseServices;
  let reporting: RunningApp;
  let report: Record<string, any>;

  beforeAll(async () => {
    await createPrivateTopics();
    [services, reporting] = await Promise.all([startCaseServices(district), startReporting(district, `test-drill-${runId}`)]);
    report = await loadYear(services, reporting, district, SCALE, runId);
    // Six services started, every area's year sent through them, then settled()'s own 240 s (loadYear):
    // the hook's budget covers that sum, not the 300 s of a test.
  }, 480_000);

  afterAll(async () => {
    await Promise.all([services?.close(), reporting?.close()]);
  });

  const cases = (area: string, query: string, year = 2019) => reporting.http.get(`/v1/reports/annual/${year}/${area}/cases?district=${district}&${query}`);

  /** Every item of a figure's list, page by page. */
  async function allItems(area: string, figure: string, limit: number, year = 2019) {
    const items: { caseId: string; eventIds: string[]; hearingId?: string; suggestionId?: string; workRecordId?: string; decisionId?: string }[] = [];
    const totals = new Set<number>();
    let cursor: string | null = null;
    do {
      const res = await cases(area, `figure=${figure}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, year);
      expect(res.status).toBe(200);
      totals.add(res.body.total);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor !== null);
    return { items, totals: [...totals] };
  }

  it.each(COUNT_FIGURES)('lists, page by page, exactly as many distinct %s cases behind %s as the figure', async (area, figure) => {
    const value = report[SECTION[area]][figure];
    expect(typeof value).toBe('number');
    const { items, totals } = await allItems(area, figure, 17);
    expect(totals).toEqual([value]);
    expect(items).toHaveLength(value);
    expect(new Set(items.map((i) => `${i.caseId}/${i.hearingId ?? i.workRecordId ?? i.decisionId ?? ''}/${i.suggestionId ?? ''}`)).size).toBe(value);
    for (const item of items) expect(item.eventIds.length).toBeGreaterThanOrEqual(1);
  });

  it('has cases in the figures the lists above open, so they are not trivially empty', () => {
    const some = { mediation: ['registered', 'succeeded', 'failed', 'withdrawn'], legalAid: ['accepted', 'closed'], litigation: ['filed', 'hearings', 'headAppearances'], fileReview: ['filesReviewed'], legalAffairs: ['agendaMeetings', 'coordinationGroupsEstablished', 'committeeMeetings', 'documentsReviewed', 'documentsNormative', 'cleanupReviewed', 'investmentContractsReviewed', 'adviserWork'],
      publicLegalServices: ['serviceRecords', 'centreServiceRecords', 'stationsStandardised', 'roomsStandardised', 'lawyerComplaintsHandled', 'appraiserComplaintsHandled', 'examSittings'],
      legalEducation: ['enforcementSessions', 'newlyPromotedSessions', 'annualSessions', 'nationalMediaItems', 'contests', 'constitutionMicroVideos', 'nationalThirdPrizes', 'publicityActivities', 'surveys', 'villagesMeetingStandard'],
    };
    // filedFoundUnlawfulOrRevoked is 0 in the seed's year (无一件): tests/legal-affairs-report.e2e-spec.ts opens a non-zero one.
    for (const [section, figures] of Object.entries(some)) for (const f of figures) expect([`${section}.${f}`, report[section][f] > 0]).toEqual([`${section}.${f}`, true]);
  });

  it.each(Object.keys(FIGURE_CATALOG))('narrows every %s figure to every breakdown cell, and each cell lists exactly its count', async (area) => {
    const checks: { query: string; want: number }[] = [];
    for (const by of Object.keys(FIGURE_CATALOG[area].dimensions)) {
      const res = await reporting.http.get(`/v1/reports/annual/2019/${area}?by=${by}&district=${district}`);
      expect(res.status).toBe(200);
      for (const row of res.body.rows as Record<string, unknown>[])
        for (const figure of Object.keys(FIGURE_CATALOG[area].figures)) {
          // By problem category a file counts once per category it has problems of: that row's filesWithProblem.
          const want = by === 'problemCategory' ? row.filesWithProblem : row[figure];
          if (typeof want === 'number') checks.push({ query: `figure=${figure}&${by}=${encodeURIComponent(String(row[by]))}&limit=1`, want });
        }
    }
    expect(checks.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    await runPool(checks, 8, async ({ query, want }) => {
      const res = await cases(area, query);
      if (res.status !== 200 || res.body.total !== want) wrong.push(`${query}: ${res.status} total ${res.body.total}, breakdown ${want}`);
    });
    expect(wrong).toEqual([]);
  });

  it('names the event behind each unit: a succeeded dispute by its conclusion, whose registration is listed under registered', async () => {
    const res = await cases('mediation', 'figure=succeeded&limit=5');
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const item of res.body.items) expect(item.eventIds).toHaveLength(1);
    // A dispute concluded in early January may have been received, and so registered, in December.
    const registered = [...(await allItems('mediation', 'registered', 500)).items, ...(await allItems('mediation', 'registered', 500, 2018)).items];
    const registeredIds = new Set(registered.map((i) => i.caseId));
    for (const item of res.body.items) expect(registeredIds.has(item.caseId)).toBe(true);
  });

  it('documents the drill-through, filing and rebuild endpoints in the OpenAPI document', async () => {
    const paths = Object.keys((await reporting.http.get('/docs-json')).body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/v1/reports/annual/{year}/{area}/cases', '/v1/reports/annual/{year}/filings', '/v1/reports/annual/{year}/filings/{n}', '/v1/admin/rebuild',
      ]),
    );
  });

  it('refuses an unknown figure, an unknown dimension and a bad value with a 400 listing what is allowed', async () => {
    const figure = await cases('mediation', 'figure=concluded');
    expect(figure.status).toBe(400);
    expect(figure.body.message).toBe('figure: must be one of registered, succeeded, failed, withdrawn, mediated, got "concluded"');
    const dimension = await cases('legal-aid', 'figure=closed&category=labour');
    expect(dimension.status).toBe(400);
    expect(dimension.body.message).toContain('(applicantGroup, caseType, matter, channel, month)');
    const month = await cases('mediation', 'figure=failed&month=0');
    expect(month.status).toBe(400);
    expect(month.body.message).toBe('month: must be a month from 1 to 12, got "0"');
    const area = await cases('traffic', 'figure=filed');
    expect(area.status).toBe(400);
    expect(area.body.message).toMatch(/^area: must be one of mediation, legal-aid/);
  });
});
