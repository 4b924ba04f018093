import { DisputeRegisteredV1 } from '@casetrack/contracts';
import { randomUUID } from 'node:crypto';

/**
 * A valid `mediation.dispute.registered` v1 event (it passes `parseEvent`) for one case and
 * sequence; tests tell their own events apart on the shared topic by the district.
 */
export function disputeRegistered(district: string, caseId: string, sequence: number): DisputeRegisteredV1 {
  return {
    eventId: randomUUID(),
    type: DisputeRegisteredV1.type,
    version: DisputeRegisteredV1.version,
    occurredAt: '2019-06-03T10:15:00+08:00',
    district,
    caseId,
    sequence,
    actorId: null,
    payload: {
      committeeCode: 'MSG-INT',
      committeeKind: 'community',
      committeeField: null,
      category: 'neighbourhood',
      source: 'walk-in',
      receivedAt: '2019-06-03T09:00:00+08:00',
      partyCount: 2,
      amountInvolvedFen: null,
    },
  };
}

/** `count` fresh case ids. */
export function caseIds(count: number): string[] {
  return Array.from({ length: count }, () => randomUUID());
}
