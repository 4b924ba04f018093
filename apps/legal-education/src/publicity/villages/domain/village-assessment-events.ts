import { VillageAssessedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { VillageAssessment } from './village-assessment';

/** legaleducation.village.assessed: village, assessedAt, meetsStandard; nothing else. */
export function villageAssessmentRecorded(x: VillageAssessment, ctx: EventContext): VillageAssessedV1 {
  return { ...envelopeFor(VillageAssessedV1.type, x.id, x.sequence, ctx), payload: { village: x.village, assessedAt: formatInZone(x.assessedAt, ctx.timeZone), meetsStandard: x.meetsStandard } };
}
