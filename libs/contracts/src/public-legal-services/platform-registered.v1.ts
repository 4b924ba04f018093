import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { PLATFORM_LEVELS } from './enums';

/** A public legal service platform of `level` opened at `registeredAt`. Never its name or address (they stay in the service). */
export const PlatformRegisteredV1 = defineEvent(
  'publiclegal.platform.registered',
  1,
  Topics.publicLegalServices,
  object({ level: enumOf(PLATFORM_LEVELS), registeredAt: isoTime() }),
);
export type PlatformRegisteredV1 = EventOf<typeof PlatformRegisteredV1>;
