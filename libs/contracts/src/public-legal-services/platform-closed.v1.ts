import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, nullable, object } from '../schema';
import { Topics } from '../topics';
import { PLATFORM_LEVELS } from './enums';

/** The platform closed at `closedAt` (standardised before, or not: `standardisedAt` null). */
export const PlatformClosedV1 = defineEvent(
  'publiclegal.platform.closed',
  1,
  Topics.publicLegalServices,
  object({ level: enumOf(PLATFORM_LEVELS), registeredAt: isoTime(), standardisedAt: nullable(isoTime()), closedAt: isoTime() }),
);
export type PlatformClosedV1 = EventOf<typeof PlatformClosedV1>;
