import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { PLATFORM_LEVELS } from './enums';

/** The platform completed its standardisation (完成规范化建设) at `standardisedAt`; the report counts these by that year. */
export const PlatformStandardisedV1 = defineEvent(
  'publiclegal.platform.standardised',
  1,
  Topics.publicLegalServices,
  object({ level: enumOf(PLATFORM_LEVELS), registeredAt: isoTime(), standardisedAt: isoTime() }),
);
export type PlatformStandardisedV1 = EventOf<typeof PlatformStandardisedV1>;
