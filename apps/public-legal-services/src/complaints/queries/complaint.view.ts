import { COMPLAINT_OUTCOMES, COMPLAINT_STATUSES, COMPLAINT_TARGETS, ComplaintOutcome, ComplaintStatus, ComplaintTarget } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Complaint } from '../domain/complaint';

const ZONED = { format: 'date-time', description: "In the district's time zone", example: '2019-01-02T09:00:00+08:00' } as const;

export class ComplaintView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: COMPLAINT_TARGETS }) against: ComplaintTarget;
  @ApiProperty() summary: string;
  @ApiProperty(ZONED) receivedAt: string;
  @ApiProperty({ enum: COMPLAINT_STATUSES }) status: ComplaintStatus;
  @ApiProperty({ enum: COMPLAINT_OUTCOMES, type: String, nullable: true }) outcome: ComplaintOutcome | null;
  @ApiProperty({ ...ZONED, type: String, nullable: true }) concludedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toComplaintView(c: Complaint, timeZone: string): ComplaintView {
  return {
    id: c.id, against: c.against, summary: c.summary, receivedAt: formatInZone(c.receivedAt, timeZone), status: c.status, outcome: c.outcome,
    concludedAt: c.concludedAt === null ? null : formatInZone(c.concludedAt, timeZone), createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(),
  };
}
