import { PublicityActivityRecordedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { Activity } from './activity';

/** legaleducation.publicity-activity.recorded: unit, kind, heldAt; nothing else. */
export function activityRecorded(x: Activity, ctx: EventContext): PublicityActivityRecordedV1 {
  return { ...envelopeFor(PublicityActivityRecordedV1.type, x.id, x.sequence, ctx), payload: { unit: x.unit, kind: x.kind, heldAt: formatInZone(x.heldAt, ctx.timeZone) } };
}
