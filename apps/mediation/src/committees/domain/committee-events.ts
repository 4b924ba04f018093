import { CommitteeRegisteredV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { Committee } from './committee';

/** A committee's one event: its registration (sequence 1, keyed by the committee's id). */
export function committeeRegistered(c: Committee, ctx: EventContext): CommitteeRegisteredV1 {
  return {
    ...envelopeFor(CommitteeRegisteredV1.type, c.id, 1, ctx),
    payload: { code: c.code, kind: c.kind, field: c.field, establishedAt: formatInZone(c.establishedAt, ctx.timeZone) },
  };
}
