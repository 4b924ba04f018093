import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { PROVIDER_KINDS } from './enums';

/** The provider left the district's register at `deregisteredAt` (it counts among the registered until then). */
export const ProviderDeregisteredV1 = defineEvent(
  'publiclegal.provider.deregistered',
  1,
  Topics.publicLegalServices,
  object({ providerKind: enumOf(PROVIDER_KINDS), registeredAt: isoTime(), deregisteredAt: isoTime() }),
);
export type ProviderDeregisteredV1 = EventOf<typeof ProviderDeregisteredV1>;
