import { AGENDA_MEETING_KINDS, AgendaMeetingKind } from '@casetrack/contracts';
import { formatInZone } from '@casetrack/platform';
import { ApiProperty } from '@nestjs/swagger';
import { AgendaMeeting } from '../../domain/agenda-meeting';

/** A rule-of-law agenda meeting as the API shows it (the OpenAPI schema). */
export class AgendaMeetingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: AGENDA_MEETING_KINDS, description: 'party-group: 局党组会; director-office: 局长办公会' }) kind: AgendaMeetingKind;
  @ApiProperty({ format: 'date-time', description: "In the district's time zone", example: '2019-06-03T10:15:00+08:00' }) heldAt: string;
  @ApiProperty({ description: 'What the meeting studied' }) subject: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A meeting as the API shows it, times in the district's zone. */
export function toAgendaMeetingView(m: AgendaMeeting, timeZone: string): AgendaMeetingView {
  return { id: m.id, kind: m.kind, heldAt: formatInZone(m.heldAt, timeZone), subject: m.subject, createdAt: m.createdAt.toISOString() };
}
