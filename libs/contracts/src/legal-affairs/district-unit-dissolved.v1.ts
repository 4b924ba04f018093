import { defineEvent, EventOf } from '../envelope';
import { isoTime, object, str } from '../schema';
import { Topics } from '../topics';

/** The unit left the registry at `dissolvedAt` (dissolved or merged away); it no longer counts in adviser coverage from then. */
export const DistrictUnitDissolvedV1 = defineEvent(
  'legalaffairs.district-unit.dissolved',
  1,
  Topics.legalAffairs,
  object({ unit: str({ max: 200 }), registeredAt: isoTime(), dissolvedAt: isoTime() }),
);
export type DistrictUnitDissolvedV1 = EventOf<typeof DistrictUnitDissolvedV1>;
