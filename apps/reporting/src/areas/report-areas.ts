import { ADMINISTRATIVE_REVIEW_REPORT_AREA, LITIGATION_REPORT_AREA } from '../administrative-review/administrative-review.area';
import { FILE_REVIEW_REPORT_AREA } from '../file-review/file-review.area';
import { LEGAL_AFFAIRS_REPORT_AREA } from '../legal-affairs/legal-affairs.area';
import { LEGAL_AID_REPORT_AREA } from '../legal-aid/legal-aid.area';
import { LEGAL_EDUCATION_REPORT_AREA } from '../legal-education/legal-education.area';
import { MEDIATION_REPORT_AREA } from '../mediation/mediation.area';
import { PUBLIC_LEGAL_SERVICES_REPORT_AREA } from '../public-legal-services/public-legal-services.area';
import { AreaDefinition } from '../projections/define-area';

/**
 * Every area of the report, in the order of its sections (in the JSON, the table and the prose).
 * A new area is its folder and one line here. Legal affairs stands before the review: in the
 * published report its legality review and advisers come just before the review's figures (一(三)).
 */
export const REPORT_AREA_DEFINITIONS: readonly AreaDefinition<any>[] = [
  MEDIATION_REPORT_AREA,
  LEGAL_AID_REPORT_AREA,
  // 一(四): its prose goes on legal aid's paragraph, around legal aid's sentence.
  PUBLIC_LEGAL_SERVICES_REPORT_AREA,
  LEGAL_AFFAIRS_REPORT_AREA,
  ADMINISTRATIVE_REVIEW_REPORT_AREA,
  LITIGATION_REPORT_AREA,
  FILE_REVIEW_REPORT_AREA,
  // 一(七) after the file review (一(五)), whose prose opens with this section's enforcement training.
  LEGAL_EDUCATION_REPORT_AREA,
];
