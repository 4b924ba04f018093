import { AdviserEngagedV1, AdviserEngagementEndedV1, AdviserWorkRecordedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { Engagement, WorkRecord } from './engagement';

/** What every engagement event carries: the unit and the adviser's kind; never the adviser's name. */
function dimensions(e: Engagement, timeZone: string) {
  return { unit: e.unit, adviserKind: e.adviserKind, startedAt: formatInZone(e.startedAt, timeZone) };
}

export function adviserEngaged(e: Engagement, ctx: EventContext): AdviserEngagedV1 {
  return { ...envelopeFor(AdviserEngagedV1.type, e.id, e.sequence, ctx), payload: dimensions(e, ctx.timeZone) };
}

export function engagementEnded(e: Engagement, ctx: EventContext): AdviserEngagementEndedV1 {
  return {
    ...envelopeFor(AdviserEngagementEndedV1.type, e.id, e.sequence, ctx),
    payload: { ...dimensions(e, ctx.timeZone), endedAt: formatInZone(e.endedAt!, ctx.timeZone), workRecordCount: e.workRecordCount },
  };
}

export function workRecorded(e: Engagement, w: WorkRecord, ctx: EventContext): AdviserWorkRecordedV1 {
  return {
    ...envelopeFor(AdviserWorkRecordedV1.type, e.id, e.sequence, ctx),
    payload: { ...dimensions(e, ctx.timeZone), workRecordId: w.id, workKind: w.kind, performedAt: formatInZone(w.performedAt, ctx.timeZone) },
  };
}
