import { defineEvent, EventOf } from '../envelope';
import { isoTime, object, str } from '../schema';
import { Topics } from '../topics';

/**
 * A district unit (区级单位, an organisation) entered the registry at `registeredAt`. Adviser coverage
 * is the share of the units active at an instant that have an adviser engaged (by `unit`) then.
 */
export const DistrictUnitRegisteredV1 = defineEvent(
  'legalaffairs.district-unit.registered',
  1,
  Topics.legalAffairs,
  object({ unit: str({ max: 200 }), registeredAt: isoTime() }),
);
export type DistrictUnitRegisteredV1 = EventOf<typeof DistrictUnitRegisteredV1>;
