import { defineEvent, EventOf } from '../envelope';
import { object } from '../schema';
import { Topics } from '../topics';
import { legalAidDimensions } from './case-dimensions';

/** Someone applied for legal aid. Counted as applied in the year of `appliedAt`. */
export const LegalAidCaseAppliedV1 = defineEvent('legalaid.case.applied', 1, Topics.legalAid, object({ ...legalAidDimensions }));
export type LegalAidCaseAppliedV1 = EventOf<typeof LegalAidCaseAppliedV1>;
