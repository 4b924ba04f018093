import { ExamCancelledV1, ExamHeldV1, ExamScheduledV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { Exam } from './exam';

/** What every exam event carries: audience, schedule and headcounts; never the title or a candidate. */
function dimensions(e: Exam, timeZone: string) {
  return { audience: e.audience, scheduledAt: formatInZone(e.scheduledAt, timeZone), candidatesExpected: e.candidatesExpected, cityUniversityCandidates: e.cityUniversityCandidates };
}

export function examScheduled(e: Exam, ctx: EventContext): ExamScheduledV1 {
  return { ...envelopeFor(ExamScheduledV1.type, e.id, e.sequence, ctx), payload: dimensions(e, ctx.timeZone) };
}

export function examHeld(e: Exam, ctx: EventContext): ExamHeldV1 {
  return { ...envelopeFor(ExamHeldV1.type, e.id, e.sequence, ctx), payload: { ...dimensions(e, ctx.timeZone), heldAt: formatInZone(e.heldAt!, ctx.timeZone), sat: e.sat!, passed: e.passed! } };
}

export function examCancelled(e: Exam, ctx: EventContext): ExamCancelledV1 {
  return { ...envelopeFor(ExamCancelledV1.type, e.id, e.sequence, ctx), payload: { ...dimensions(e, ctx.timeZone), cancelledAt: formatInZone(e.cancelledAt!, ctx.timeZone) } };
}
