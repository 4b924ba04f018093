import { ProviderDeregisteredV1, ProviderRegisteredV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { Provider } from './provider';

export function providerRegistered(p: Provider, ctx: EventContext): ProviderRegisteredV1 {
  return { ...envelopeFor(ProviderRegisteredV1.type, p.id, p.sequence, ctx), payload: { providerKind: p.kind, registeredAt: formatInZone(p.registeredAt, ctx.timeZone) } };
}

export function providerDeregistered(p: Provider, ctx: EventContext): ProviderDeregisteredV1 {
  return {
    ...envelopeFor(ProviderDeregisteredV1.type, p.id, p.sequence, ctx),
    payload: { providerKind: p.kind, registeredAt: formatInZone(p.registeredAt, ctx.timeZone), deregisteredAt: formatInZone(p.deregisteredAt!, ctx.timeZone) },
  };
}
