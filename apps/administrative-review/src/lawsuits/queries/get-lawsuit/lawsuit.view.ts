import { formatInZone } from '@casetrack/platform';
import { Hearing, Lawsuit } from '../../domain/lawsuit';

/** A hearing as the API shows it, times in the district's zone. */
export function toHearingView(h: Hearing, timeZone: string) {
  return {
    id: h.id,
    lawsuitId: h.lawsuitId,
    heldAt: formatInZone(h.heldAt, timeZone),
    headAppeared: h.headAppeared,
    appearedRole: h.appearedRole,
    createdAt: h.createdAt.toISOString(),
  };
}
export type HearingView = ReturnType<typeof toHearingView>;

/** A lawsuit as the API shows it; with its hearings when they are given (one lawsuit), without in lists. */
export function toLawsuitView(l: Lawsuit, timeZone: string, hearings?: readonly Hearing[]) {
  return {
    id: l.id,
    filedAt: formatInZone(l.filedAt, timeZone),
    defendantAgency: l.defendantAgency,
    court: l.court,
    matter: l.matter,
    status: l.status,
    decidedAt: l.decidedAt === null ? null : formatInZone(l.decidedAt, timeZone),
    outcome: l.outcome,
    hearingCount: l.hearingCount,
    ...(hearings ? { hearings: hearings.map((h) => toHearingView(h, timeZone)) } : {}),
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
  };
}
export type LawsuitView = ReturnType<typeof toLawsuitView>;
