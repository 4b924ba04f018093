import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { AGENDA_MEETING_KINDS } from './enums';

/** A leadership meeting studied rule-of-law work (研究法治建设工作). Counted by `heldAt`. */
export const AgendaMeetingRecordedV1 = defineEvent(
  'legalaffairs.agenda-meeting.recorded',
  1,
  Topics.legalAffairs,
  object({ kind: enumOf(AGENDA_MEETING_KINDS), heldAt: isoTime() }),
);
export type AgendaMeetingRecordedV1 = EventOf<typeof AgendaMeetingRecordedV1>;
