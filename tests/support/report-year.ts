import { ExpectedFigures, LoadContext } from '../../scripts/load-2019/area-loader';
import { differences } from '../../scripts/load-2019/compare';
import { AREA_LOADERS } from '../../scripts/load-2019/loaders';
import { startAdminReview } from './admin-review-app';
import { RunningApp, startMediation } from './apps';
import { authHeaders } from './auth';
import { startFileReview } from './file-review-app';
import { startLegalAffairs } from './legal-affairs-app';
import { startLegalEducation } from './legal-education-app';
import { startLegalAid } from './legal-aid-app';
import { startPublicLegalServices } from './public-legal-services-app';
import { settled } from './settle';

/** The case services of one district, in this process. */
export interface CaseServices {
  mediation: RunningApp;
  legalAid: RunningApp;
  adminReview: RunningApp;
  fileReview: RunningApp;
  legalAffairs: RunningApp;
  publicLegalServices: RunningApp;
  legalEducation: RunningApp;
  close(): Promise<void>;
}

const SMALL_POOL = { databasePoolSize: 4 };

/** Starts every case service for `district`. */
export async function startCaseServices(district: string): Promise<CaseServices> {
  const [mediation, legalAid, adminReview, fileReview, legalAffairs, publicLegalServices, legalEducation] = await Promise.all([
    // Small pools: these seven and the suite's reporting share the machine's PostgreSQL
    // (max_connections 100) with the other jest worker's suite; at 10 each, two suites loading a year
    // at once can be refused connections.
    startMediation(district, SMALL_POOL), startLegalAid(district, SMALL_POOL), startAdminReview(district, undefined, SMALL_POOL), startFileReview(district, SMALL_POOL),
    startLegalAffairs(district, SMALL_POOL), startPublicLegalServices(district, SMALL_POOL), startLegalEducation(district, SMALL_POOL),
  ]);
  const all = [mediation, legalAid, adminReview, fileReview, legalAffairs, publicLegalServices, legalEducation];
  return { mediation, legalAid, adminReview, fileReview, legalAffairs, publicLegalServices, legalEducation, close: async () => void (await Promise.all(all.map((a) => a.close()))) };
}

/**
 * Sends a generated 2019 year at `scale` through every area's loader, then waits until the
 * reporting service shows every figure the loaders expect of the areas it reports; returns the 2019 report.
 */
export async function loadYear(services: CaseServices, reporting: RunningApp, district: string, scale: number, runId: string): Promise<Record<string, any>> {
  const urlOf: Record<string, string> = {
    mediation: services.mediation.url, 'legal-aid': services.legalAid.url, 'administrative-review': services.adminReview.url,
    litigation: services.adminReview.url, 'file-review': services.fileReview.url, 'legal-affairs': services.legalAffairs.url,
    'public-legal-services': services.publicLegalServices.url,
    'legal-education': services.legalEducation.url,
  };
  for (const loader of AREA_LOADERS) {
    const ctx: LoadContext = { baseUrl: urlOf[loader.area], district, scale, concurrency: 12, runId, headers: authHeaders('admin'), progress: () => {} };
    await loader.load(ctx);
  }
  const expected: Record<string, ExpectedFigures> = Object.fromEntries(AREA_LOADERS.map((l) => [l.sectionKey, l.expected(scale)]));
  await settled(reporting, [services.mediation, services.legalAid, services.adminReview, services.fileReview, services.legalAffairs, services.publicLegalServices, services.legalEducation], 240_000);
  const report: Record<string, any> = (await reporting.http.get(`/v1/reports/annual/2019?district=${district}`)).body;
  const off = Object.entries(expected).flatMap(([key, want]) => differences(report[key], want).map((d) => `${key}.${d}`));
  if (off.length > 0) throw new Error(`the 2019 report differs from the loaded year: ${off.join('; ')}`);
  return report;
}
