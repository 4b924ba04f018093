import { CommitteeRegisteredV1 } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { EventContext } from '../../disputes/domain/dispute-events';
import { Committee } from './committee';

export function committeeRegistered(c: Committee, ctx: EventContext): CommitteeRegisteredV1 {
  return {
    eventId: ctx.eventId,
    type: CommitteeRegisteredV1.type,
    version: 1,
    occurredAt: formatInZone(ctx.occurredAt, ctx.timeZone),
    district: ctx.district,
    caseId: c.id,
    sequence: 1,
    actorId: ctx.actorId,
    payload: { code: c.code, kind: c.kind, field: c.field, establishedAt: formatInZone(c.establishedAt, ctx.timeZone) },
  };
}
