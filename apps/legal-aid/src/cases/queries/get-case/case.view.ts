import { daysToAcceptance } from '@casetrack/contracts';
import { formatInZone, maskIdNumber, maskName, maskOrNull } from '@casetrack/platform';
import { LegalAidCase } from '../../domain/legal-aid-case';

/**
 * A case as the API shows it: every field, times in the district's zone, the applicant's name and
 * identity number masked (张*, 5001**********1234) in every response, replays included. The full
 * values: GET /v1/cases/{id}/personal-data.
 */
export function toCaseView(c: LegalAidCase, timeZone: string) {
  const t = (x: Date | null) => (x === null ? null : formatInZone(x, timeZone));
  return {
    id: c.id,
    applicantGroups: c.applicantGroups,
    caseType: c.caseType,
    matter: c.matter,
    channel: c.channel,
    greenChannel: c.greenChannel,
    appliedAt: t(c.appliedAt),
    applicantName: maskOrNull(c.applicantName, maskName),
    applicantIdNumber: maskOrNull(c.applicantIdNumber, maskIdNumber),
    status: c.status,
    acceptedAt: t(c.acceptedAt),
    daysToAcceptance: c.acceptedAt === null ? null : daysToAcceptance(timeZone, c.appliedAt, c.acceptedAt),
    rejectedAt: t(c.rejectedAt),
    rejectionReason: c.rejectionReason,
    assignedAt: t(c.assignedAt),
    lawFirm: c.lawFirm,
    lawyer: c.lawyer,
    closedAt: t(c.closedAt),
    result: c.result,
    benefitFen: c.benefitFen,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type CaseView = ReturnType<typeof toCaseView>;
