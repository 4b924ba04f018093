import { adminReviewLoader, litigationLoader } from './admin-review.loader';
import { AreaLoader } from './area-loader';
import { fileReviewLoader } from './file-review.loader';
import { legalAffairsLoader } from './legal-affairs.loader';
import { legalEducationLoader } from './legal-education.loader';
import { legalAidLoader } from './legal-aid.loader';
import { mediationLoader } from './mediation.loader';
import { publicLegalServicesLoader } from './public-legal-services.loader';

/** Every area's 2019 loader, in the order they run. Add an area's loader here. */
export const AREA_LOADERS: AreaLoader[] = [
  mediationLoader, legalAidLoader, adminReviewLoader, litigationLoader, fileReviewLoader, legalAffairsLoader,
  publicLegalServicesLoader,
  legalEducationLoader,
];

/** Default base URL of each area's service (overridable: MEDIATION_URL, LEGAL_AID_URL, …). */
export const SERVICE_URLS: Record<string, string> = {
  mediation: process.env.MEDIATION_URL ?? `http://127.0.0.1:${process.env.MEDIATION_PORT ?? 3001}`,
  'legal-aid': process.env.LEGAL_AID_URL ?? `http://127.0.0.1:${process.env.LEGAL_AID_PORT ?? 3002}`,
  'administrative-review': process.env.ADMINISTRATIVE_REVIEW_URL ?? `http://127.0.0.1:${process.env.ADMINISTRATIVE_REVIEW_PORT ?? 3003}`,
  litigation: process.env.ADMINISTRATIVE_REVIEW_URL ?? `http://127.0.0.1:${process.env.ADMINISTRATIVE_REVIEW_PORT ?? 3003}`,
  'file-review': process.env.FILE_REVIEW_URL ?? `http://127.0.0.1:${process.env.FILE_REVIEW_PORT ?? 3004}`,
  'legal-affairs': process.env.LEGAL_AFFAIRS_URL ?? `http://127.0.0.1:${process.env.LEGAL_AFFAIRS_PORT ?? 3006}`,
  'public-legal-services': process.env.PUBLIC_LEGAL_SERVICES_URL ?? `http://127.0.0.1:${process.env.PUBLIC_LEGAL_SERVICES_PORT ?? 3007}`,
  'legal-education': process.env.LEGAL_EDUCATION_URL ?? `http://127.0.0.1:${process.env.LEGAL_EDUCATION_PORT ?? 3008}`,
  reporting: process.env.REPORTING_URL ?? `http://127.0.0.1:${process.env.REPORTING_PORT ?? 3005}`,
};
