import { EXAM_AUDIENCES, EXAM_STATUSES, ExamAudience, ExamStatus } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Exam } from '../../domain/exam';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' } as const;
const at = (d: Date | null, timeZone: string) => (d === null ? null : formatInZone(d, timeZone));

/** An exam session as the API shows it (the OpenAPI schema). */
export class ExamView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: EXAM_AUDIENCES }) audience: ExamAudience;
  @ApiProperty(ZONED) scheduledAt: string;
  @ApiProperty({ type: 'integer' }) candidatesExpected: number;
  @ApiProperty({ type: 'integer' }) cityUniversityCandidates: number;
  @ApiProperty({ enum: EXAM_STATUSES }) status: ExamStatus;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) heldAt: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) sat: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) passed: number | null;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) cancelledAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A session as the API shows it, times in the district's zone. */
export function toExamView(e: Exam, timeZone: string): ExamView {
  return {
    id: e.id,
    title: e.title,
    audience: e.audience,
    scheduledAt: formatInZone(e.scheduledAt, timeZone),
    candidatesExpected: e.candidatesExpected,
    cityUniversityCandidates: e.cityUniversityCandidates,
    status: e.status,
    heldAt: at(e.heldAt, timeZone),
    sat: e.sat,
    passed: e.passed,
    cancelledAt: at(e.cancelledAt, timeZone),
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}
