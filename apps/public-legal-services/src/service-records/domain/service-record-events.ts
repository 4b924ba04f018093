import { ServiceRecordedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { ServiceRecord } from './service-record';

/** publiclegal.service.recorded, without the note. */
export function serviceRecorded(r: ServiceRecord, ctx: EventContext): ServiceRecordedV1 {
  return {
    ...envelopeFor(ServiceRecordedV1.type, r.id, r.sequence, ctx),
    payload: { platformId: r.platformId, level: r.level, channel: r.channel, kind: r.kind, persons: r.persons, servedAt: formatInZone(r.servedAt, ctx.timeZone) },
  };
}
