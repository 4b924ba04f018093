import { WorkAwardedV1, WorkReleasedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { Work } from './work';

/** What every work event carries: kind, series and release; never the title. */
const dimensions = (w: Work, timeZone: string) => ({ kind: w.kind, series: w.series, releasedAt: formatInZone(w.releasedAt, timeZone) });

export function workReleased(w: Work, ctx: EventContext): WorkReleasedV1 {
  return { ...envelopeFor(WorkReleasedV1.type, w.id, w.sequence, ctx), payload: dimensions(w, ctx.timeZone) };
}

export function workAwarded(w: Work, ctx: EventContext): WorkAwardedV1 {
  return {
    ...envelopeFor(WorkAwardedV1.type, w.id, w.sequence, ctx),
    payload: { ...dimensions(w, ctx.timeZone), level: w.awardLevel!, rank: w.awardRank!, awardedAt: formatInZone(w.awardedAt!, ctx.timeZone) },
  };
}
