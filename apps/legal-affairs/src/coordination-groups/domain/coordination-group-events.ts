import { CoordinationGroupDissolvedV1, CoordinationGroupEstablishedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { CoordinationGroup } from './coordination-group';

export function groupEstablished(g: CoordinationGroup, ctx: EventContext): CoordinationGroupEstablishedV1 {
  return { ...envelopeFor(CoordinationGroupEstablishedV1.type, g.id, g.sequence, ctx), payload: { field: g.field, establishedAt: formatInZone(g.establishedAt, ctx.timeZone) } };
}

export function groupDissolved(g: CoordinationGroup, ctx: EventContext): CoordinationGroupDissolvedV1 {
  return {
    ...envelopeFor(CoordinationGroupDissolvedV1.type, g.id, g.sequence, ctx),
    payload: { field: g.field, establishedAt: formatInZone(g.establishedAt, ctx.timeZone), dissolvedAt: formatInZone(g.dissolvedAt!, ctx.timeZone) },
  };
}
