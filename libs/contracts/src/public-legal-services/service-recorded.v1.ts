import { defineEvent, EventOf } from '../envelope';
import { enumOf, int, isoTime, object, uuid } from '../schema';
import { Topics } from '../topics';
import { PLATFORM_LEVELS, SERVICE_CHANNELS, SERVICE_KINDS } from './enums';

/**
 * A service given at a platform (`platformId`, of `level`) at `servedAt`, by `channel`, of `kind`, to
 * `persons` people (人次). Never who they were or what they asked.
 */
export const ServiceRecordedV1 = defineEvent(
  'publiclegal.service.recorded',
  1,
  Topics.publicLegalServices,
  object({
    platformId: uuid(), level: enumOf(PLATFORM_LEVELS), channel: enumOf(SERVICE_CHANNELS), kind: enumOf(SERVICE_KINDS),
    persons: int({ min: 1, max: 10_000 }), servedAt: isoTime(),
  }),
);
export type ServiceRecordedV1 = EventOf<typeof ServiceRecordedV1>;
