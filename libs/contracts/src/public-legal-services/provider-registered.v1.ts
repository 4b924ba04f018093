import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { PROVIDER_KINDS } from './enums';

/** A legal-service provider of `providerKind` registered in the district from `registeredAt`. Never its name (a firm can bear its founder's). */
export const ProviderRegisteredV1 = defineEvent(
  'publiclegal.provider.registered',
  1,
  Topics.publicLegalServices,
  object({ providerKind: enumOf(PROVIDER_KINDS), registeredAt: isoTime() }),
);
export type ProviderRegisteredV1 = EventOf<typeof ProviderRegisteredV1>;
