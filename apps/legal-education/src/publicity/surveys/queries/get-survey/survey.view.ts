import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Survey } from '../../domain/survey';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;

/** A survey as the API shows it (the OpenAPI schema). */
export class SurveyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(ZONED) conductedAt: string;
  @ApiProperty({ type: 'integer' }) respondents: number;
  @ApiProperty({ type: 'integer' }) aware: number;
  @ApiProperty({ type: 'integer' }) participated: number;
  @ApiProperty({ type: 'integer' }) satisfied: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A survey as the API shows it, times in the district's zone. */
export function toSurveyView(x: Survey, timeZone: string): SurveyView {
  return { id: x.id, conductedAt: formatInZone(x.conductedAt, timeZone), respondents: x.respondents, aware: x.aware, participated: x.participated, satisfied: x.satisfied, createdAt: x.createdAt.toISOString() };
}
