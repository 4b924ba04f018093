import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { ExamSitting } from '../domain/exam-sitting';

export class ExamSittingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time', description: "In the district's time zone", example: '2019-10-19T08:00:00+08:00' }) heldAt: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100000, description: 'Candidates who sat (参考人员, 人次)' }) candidates: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000, description: 'Incidents in its administration (失误)' }) incidents: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000, description: 'Complaints (投诉)' }) complaints: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toExamSittingView(s: ExamSitting, timeZone: string): ExamSittingView {
  return { id: s.id, heldAt: formatInZone(s.heldAt, timeZone), candidates: s.candidates, incidents: s.incidents, complaints: s.complaints, createdAt: s.createdAt.toISOString() };
}
