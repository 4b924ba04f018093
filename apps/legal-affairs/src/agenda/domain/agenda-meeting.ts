import { AgendaMeetingKind } from '@casetrack/contracts';

/** A leadership meeting that studied rule-of-law work (法治建设议题): a record of one event, with no later changes. */
export interface AgendaMeeting {
  id: string;
  kind: AgendaMeetingKind;
  heldAt: Date;
  /** What was studied (stays in this service; events never carry it). */
  subject: string;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A newly recorded meeting (its only event has sequence 1). */
export function recordAgendaMeeting(input: { id: string; kind: AgendaMeetingKind; heldAt: Date; subject: string }, now: Date): AgendaMeeting {
  return { ...input, sequence: 1, createdAt: now, updatedAt: now };
}
