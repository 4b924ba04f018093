import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { CommitteeMeeting } from '../../domain/committee-meeting';

/** A meeting of the rule-of-law committee as the API shows it (the OpenAPI schema). */
export class CommitteeMeetingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 999, description: "Its number in the committee's series (第一次会议 = 1)" }) number: number;
  @ApiProperty({ format: 'date-time', description: "In the district's time zone", example: '2019-04-18T15:00:00+08:00' }) heldAt: string;
  @ApiProperty({ description: 'What the meeting decided or studied' }) subject: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A meeting as the API shows it, times in the district's zone. */
export function toCommitteeMeetingView(m: CommitteeMeeting, timeZone: string): CommitteeMeetingView {
  return { id: m.id, number: m.number, heldAt: formatInZone(m.heldAt, timeZone), subject: m.subject, createdAt: m.createdAt.toISOString() };
}
