import { formatInZone, maskIdNumber, maskName, maskOrNull, maskPhone } from '@casetrack/platform';
import { Review, timeliness } from '../../domain/review';

/**
 * A review as the API shows it: every field, times in the district's zone, what the clock says about
 * its deadline, and the applicant's name, ID number and phone masked (王*, 5001**********1234,
 * 138****8000) in every response, replays included. The full values: GET /v1/reviews/{id}/personal-data.
 */
export function toReviewView(r: Review, timeZone: string, now: Date) {
  const t = (x: Date | null) => (x === null ? null : formatInZone(x, timeZone));
  return {
    id: r.id,
    channel: r.channel,
    respondentAgency: r.respondentAgency,
    matter: r.matter,
    receivedAt: t(r.receivedAt),
    applicantName: maskOrNull(r.applicantName, maskName),
    applicantIdNumber: maskOrNull(r.applicantIdNumber, maskIdNumber),
    applicantPhone: maskOrNull(r.applicantPhone, maskPhone),
    status: r.status,
    acceptedAt: t(r.acceptedAt),
    dueAt: t(r.dueAt),
    ...timeliness(r, now),
    extended: r.extensionDays !== null,
    extendedAt: t(r.extendedAt),
    extensionDays: r.extensionDays,
    rejectedAt: t(r.rejectedAt),
    rejectionReason: r.rejectionReason,
    decidedAt: t(r.decidedAt),
    decision: r.decision,
    late: r.late,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type ReviewView = ReturnType<typeof toReviewView>;
