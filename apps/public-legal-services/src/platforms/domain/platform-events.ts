import { PlatformClosedV1, PlatformRegisteredV1, PlatformStandardisedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { Platform } from './platform';

export function platformRegistered(p: Platform, ctx: EventContext): PlatformRegisteredV1 {
  return { ...envelopeFor(PlatformRegisteredV1.type, p.id, p.sequence, ctx), payload: { level: p.level, registeredAt: formatInZone(p.registeredAt, ctx.timeZone) } };
}

export function platformStandardised(p: Platform, ctx: EventContext): PlatformStandardisedV1 {
  return {
    ...envelopeFor(PlatformStandardisedV1.type, p.id, p.sequence, ctx),
    payload: { level: p.level, registeredAt: formatInZone(p.registeredAt, ctx.timeZone), standardisedAt: formatInZone(p.standardisedAt!, ctx.timeZone) },
  };
}

export function platformClosed(p: Platform, ctx: EventContext): PlatformClosedV1 {
  return {
    ...envelopeFor(PlatformClosedV1.type, p.id, p.sequence, ctx),
    payload: {
      level: p.level, registeredAt: formatInZone(p.registeredAt, ctx.timeZone),
      standardisedAt: p.standardisedAt === null ? null : formatInZone(p.standardisedAt, ctx.timeZone), closedAt: formatInZone(p.closedAt!, ctx.timeZone),
    },
  };
}
