import { DistrictUnitDissolvedV1, DistrictUnitRegisteredV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { DistrictUnit } from './district-unit';

export function unitRegistered(u: DistrictUnit, ctx: EventContext): DistrictUnitRegisteredV1 {
  return { ...envelopeFor(DistrictUnitRegisteredV1.type, u.id, u.sequence, ctx), payload: { unit: u.name, registeredAt: formatInZone(u.registeredAt, ctx.timeZone) } };
}

export function unitDissolved(u: DistrictUnit, ctx: EventContext): DistrictUnitDissolvedV1 {
  return {
    ...envelopeFor(DistrictUnitDissolvedV1.type, u.id, u.sequence, ctx),
    payload: { unit: u.name, registeredAt: formatInZone(u.registeredAt, ctx.timeZone), dissolvedAt: formatInZone(u.dissolvedAt!, ctx.timeZone) },
  };
}
