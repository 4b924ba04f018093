import { defineEvent, EventOf } from '../envelope';
import { bool, isoTime, object, str } from '../schema';
import { Topics } from '../topics';

/**
 * A village or community (村(社区)) was assessed under the "三治结合" demonstration drive (自治、法治、
 * 德治); `meetsStandard`: it met the standard (达标). Counted by `assessedAt`.
 */
export const VillageAssessedV1 = defineEvent(
  'legaleducation.village.assessed',
  1,
  Topics.legalEducation,
  object({ village: str({ max: 200 }), assessedAt: isoTime(), meetsStandard: bool() }),
);
export type VillageAssessedV1 = EventOf<typeof VillageAssessedV1>;
