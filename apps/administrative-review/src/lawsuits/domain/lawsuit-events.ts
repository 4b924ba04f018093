import {
  JudicialSuggestionAnsweredV1, JudicialSuggestionReceivedV1, JudicialSuggestionSupervisedV1, LawsuitFiledV1, LawsuitHearingHeldV1, LawsuitJudgedV1,
  PerformanceSupervisionConcludedV1, PerformanceSupervisionStartedV1,
} from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { envelopeFor, EventContext } from '@casetrack/platform';
import { JudicialSuggestion } from './judicial-suggestion';
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

export function performanceSupervisionStarted(l: Lawsuit, ctx: EventContext): PerformanceSupervisionStartedV1 {
  const p = l.performance!;
  return {
    ...envelopeFor(PerformanceSupervisionStartedV1.type, l.id, l.sequence, ctx),
    payload: {
      ...dimensions(l, ctx.timeZone),
      decidedAt: formatInZone(l.decidedAt!, ctx.timeZone),
      outcome: l.outcome!,
      judgmentEffectiveAt: formatInZone(p.judgmentEffectiveAt, ctx.timeZone),
      startedAt: formatInZone(p.startedAt, ctx.timeZone),
    },
  };
}

export function performanceSupervisionConcluded(l: Lawsuit, ctx: EventContext): PerformanceSupervisionConcludedV1 {
  const p = l.performance!;
  return {
    ...envelopeFor(PerformanceSupervisionConcludedV1.type, l.id, l.sequence, ctx),
    payload: {
      ...dimensions(l, ctx.timeZone),
      judgmentEffectiveAt: formatInZone(p.judgmentEffectiveAt, ctx.timeZone),
      startedAt: formatInZone(p.startedAt, ctx.timeZone),
      concludedAt: formatInZone(p.concludedAt!, ctx.timeZone),
      result: p.result!,
    },
  };
}

/** What every judicial suggestion event carries beside the lawsuit's dimensions. */
function suggestionFields(s: JudicialSuggestion, timeZone: string) {
  return { suggestionId: s.id, suggestingCourt: s.court, receivedAt: formatInZone(s.receivedAt, timeZone) };
}

export function judicialSuggestionReceived(l: Lawsuit, s: JudicialSuggestion, ctx: EventContext): JudicialSuggestionReceivedV1 {
  return { ...envelopeFor(JudicialSuggestionReceivedV1.type, l.id, l.sequence, ctx), payload: { ...dimensions(l, ctx.timeZone), ...suggestionFields(s, ctx.timeZone) } };
}

export function judicialSuggestionSupervised(l: Lawsuit, s: JudicialSuggestion, ctx: EventContext): JudicialSuggestionSupervisedV1 {
  return {
    ...envelopeFor(JudicialSuggestionSupervisedV1.type, l.id, l.sequence, ctx),
    payload: { ...dimensions(l, ctx.timeZone), ...suggestionFields(s, ctx.timeZone), supervisedAt: formatInZone(s.supervisedAt!, ctx.timeZone) },
  };
}

export function judicialSuggestionAnswered(l: Lawsuit, s: JudicialSuggestion, ctx: EventContext): JudicialSuggestionAnsweredV1 {
  return {
    ...envelopeFor(JudicialSuggestionAnsweredV1.type, l.id, l.sequence, ctx),
    payload: {
      ...dimensions(l, ctx.timeZone),
      ...suggestionFields(s, ctx.timeZone),
      supervisedAt: s.supervisedAt === null ? null : formatInZone(s.supervisedAt, ctx.timeZone),
      answeredAt: formatInZone(s.answeredAt!, ctx.timeZone),
    },
  };
}
