import { InitialSchema1767000000000 } from './1767000000000-initial-schema';
import { LegalAidRollup1767000001000 } from './1767000001000-legal-aid-rollup';
import { AdminReviewRollup1767000002000 } from './1767000002000-admin-review-rollup';
import { FileReviewRollup1767000003000 } from './1767000003000-file-review-rollup';
import { FigureFacts1767000004000 } from './1767000004000-figure-facts';
import { Filings1767000005000 } from './1767000005000-filings';
import { ExactBenefit1767000006000 } from './1767000006000-exact-benefit';
import { IdempotencyPerUser1767001201000 } from './1767001201000-idempotency-per-user';
import { DeadLetterDesk1767001500000 } from './1767001500000-dead-letter-desk';
import { LegalAffairsRollup1767005000000 } from './1767005000000-legal-affairs-rollup';
import { LitigationFollowUp1767007000000 } from './1767007000000-litigation-follow-up';
import { LegalAffairsCleanupCommittee1767009000000 } from './1767009000000-legal-affairs-cleanup-committee';
import { LegalAffairsCoverage1767009100000 } from './1767009100000-legal-affairs-coverage';
import { LegalAffairsCoverageEvents1767010000000 } from './1767010000000-legal-affairs-coverage-events';
import { PublicLegalServicesRollup1767012200000 } from './1767012200000-public-legal-services-rollup';
import { LegalEducationRollup1767013100000 } from './1767013100000-legal-education-rollup';

/** Every migration of the reporting schema, in order. */
export const REPORTING_MIGRATIONS = [InitialSchema1767000000000, LegalAidRollup1767000001000, AdminReviewRollup1767000002000, FileReviewRollup1767000003000, FigureFacts1767000004000, Filings1767000005000, ExactBenefit1767000006000, IdempotencyPerUser1767001201000, DeadLetterDesk1767001500000, LegalAffairsRollup1767005000000, LitigationFollowUp1767007000000, LegalAffairsCleanupCommittee1767009000000, LegalAffairsCoverage1767009100000,
  LegalAffairsCoverageEvents1767010000000,
  PublicLegalServicesRollup1767012200000,
  LegalEducationRollup1767013100000,
];
