import { ContestClosedV1, ContestOpenedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { Contest } from './contest';

export function contestOpened(c: Contest, ctx: EventContext): ContestOpenedV1 {
  return { ...envelopeFor(ContestOpenedV1.type, c.id, c.sequence, ctx), payload: { kind: c.kind, openedAt: formatInZone(c.openedAt, ctx.timeZone) } };
}

export function contestClosed(c: Contest, ctx: EventContext): ContestClosedV1 {
  return {
    ...envelopeFor(ContestClosedV1.type, c.id, c.sequence, ctx),
    payload: { kind: c.kind, openedAt: formatInZone(c.openedAt, ctx.timeZone), closedAt: formatInZone(c.closedAt!, ctx.timeZone), participants: c.participants! },
  };
}
