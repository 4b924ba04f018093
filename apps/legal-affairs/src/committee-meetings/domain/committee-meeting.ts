/**
 * A plenary meeting of the district rule-of-law committee (区委全面依法治区委员会第N次会议): a record
 * of one event, with no later changes.
 */
export interface CommitteeMeeting {
  id: string;
  /** Its number in the committee's series (第一次会议 = 1). */
  number: number;
  heldAt: Date;
  /** What the meeting decided or studied (stays in this service; events never carry it). */
  subject: string;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A newly recorded meeting (its only event has sequence 1). */
export function recordCommitteeMeeting(input: { id: string; number: number; heldAt: Date; subject: string }, now: Date): CommitteeMeeting {
  return { ...input, sequence: 1, createdAt: now, updatedAt: now };
}
