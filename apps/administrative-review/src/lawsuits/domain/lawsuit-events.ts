import { LawsuitFiledV1, LawsuitHearingHeldV1, LawsuitJudgedV1 } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { envelopeFor, EventContext } from '@casetrack/platform';
import { Hearing, Lawsuit } from './lawsuit';

/** The dimensions every lawsuit event carries: organisations and the matter, no people. */
function dimensions(l: Lawsuit, timeZone: string) {
  return { defendantAgency: l.defendantAgency, court: l.court, matter: l.matter, filedAt: formatInZone(l.filedAt, timeZone) };
}

export function lawsuitFiled(l: Lawsuit, ctx: EventContext): LawsuitFiledV1 {
  return { ...envelopeFor(LawsuitFiledV1.type, l.id, l.sequence, ctx), payload: dimensions(l, ctx.timeZone) };
}

export function hearingHeld(l: Lawsuit, h: Hearing, ctx: EventContext): LawsuitHearingHeldV1 {
  return {
    ...envelopeFor(LawsuitHearingHeldV1.type, l.id, l.sequence, ctx),
    payload: {
      ...dimensions(l, ctx.timeZone),
      hearingId: h.id,
      heldAt: formatInZone(h.heldAt, ctx.timeZone),
      headAppeared: h.headAppeared,
      appearedRole: h.appearedRole,
    },
  };
}

export function lawsuitJudged(l: Lawsuit, ctx: EventContext): LawsuitJudgedV1 {
  return {
    ...envelopeFor(LawsuitJudgedV1.type, l.id, l.sequence, ctx),
    payload: { ...dimensions(l, ctx.timeZone), decidedAt: formatInZone(l.decidedAt!, ctx.timeZone), outcome: l.outcome!, hearingCount: l.hearingCount },
  };
}
