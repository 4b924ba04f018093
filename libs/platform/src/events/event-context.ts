import { formatInZone } from '../http/zoned-time';

/** Where and when an event is recorded, and by whom. */
export interface EventContext {
  eventId: string;
  occurredAt: Date;
  district: string;
  timeZone: string;
  actorId: string | null;
}

/** The envelope fields of a v1 event about one case, at that case's current sequence. */
export function envelopeFor<T extends string>(type: T, caseId: string, sequence: number, ctx: EventContext) {
  return {
    eventId: ctx.eventId,
    type,
    version: 1 as const,
    occurredAt: formatInZone(ctx.occurredAt, ctx.timeZone),
    district: ctx.district,
    caseId,
    sequence,
    actorId: ctx.actorId,
  };
}
