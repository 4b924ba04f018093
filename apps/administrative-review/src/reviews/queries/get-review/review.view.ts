import { formatInZone } from '@casetrack/platform';
import { Review, timeliness } from '../../domain/review';

/** A review as the API shows it: every field, times in the district's zone, and what the clock says about its deadline. */
export function toReviewView(r: Review, timeZone: string, now: Date) {
  const t = (x: Date | null) => (x === null ? null : formatInZone(x, timeZone));
  return {
    id: r.id,
    channel: r.channel,
    respondentAgency: r.respondentAgency,
    matter: r.matter,
    receivedAt: t(r.receivedAt),
    applicantName: r.applicantName,
    applicantIdNumber: r.applicantIdNumber,
    applicantPhone: r.applicantPhone,
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
