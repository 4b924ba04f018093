import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { VillageAssessment } from '../../domain/village-assessment';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** A village assessment as the API shows it (the OpenAPI schema). */
export class VillageAssessmentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() village: string;
  @ApiProperty(ZONED) assessedAt: string;
  @ApiProperty() meetsStandard: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A village assessment as the API shows it, times in the district's zone. */
export function toVillageAssessmentView(x: VillageAssessment, timeZone: string): VillageAssessmentView {
  return { id: x.id, village: x.village, assessedAt: formatInZone(x.assessedAt, timeZone), meetsStandard: x.meetsStandard, createdAt: x.createdAt.toISOString() };
}
