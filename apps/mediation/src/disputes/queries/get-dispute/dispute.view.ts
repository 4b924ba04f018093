import { formatInZone } from '@casetrack/platform';
import { Dispute } from '../../domain/dispute';

/** A dispute as the API shows it: every field, times in the district's zone. */
export function toDisputeView(d: Dispute, timeZone: string) {
  const t = (x: Date | null) => (x === null ? null : formatInZone(x, timeZone));
  return {
    id: d.id,
    committeeCode: d.committeeCode,
    committeeKind: d.committeeKind,
    committeeField: d.committeeField,
    category: d.category,
    source: d.source,
    receivedAt: t(d.receivedAt),
    partyCount: d.partyCount,
    summary: d.summary,
    amountInvolvedFen: d.amountInvolvedFen,
    status: d.status,
    result: d.result,
    concludedAt: t(d.concludedAt),
    agreement: d.agreement,
    agreementAmountFen: d.agreementAmountFen,
    withdrawnAt: t(d.withdrawnAt),
    withdrawalReason: d.withdrawalReason,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
export type DisputeView = ReturnType<typeof toDisputeView>;
