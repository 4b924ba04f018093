import { ActivityKind } from '@casetrack/contracts';

/** A publicity activity a district unit held under its duty list (谁执法谁普法: 普法宣传、以案释法): a record of one event. */
export interface Activity {
  id: string;
  unit: string;
  kind: ActivityKind;
  heldAt: Date;
  /** What the activity was about (stays in this service; events never carry it) */
  subject: string;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export type RecordActivityInput = { id: string; unit: string; kind: ActivityKind; heldAt: Date; subject: string };

/** A newly recorded activity (its only event has sequence 1). */
export function recordActivity(input: RecordActivityInput, now: Date): Activity {
  return { ...input, sequence: 1, createdAt: now, updatedAt: now };
}
