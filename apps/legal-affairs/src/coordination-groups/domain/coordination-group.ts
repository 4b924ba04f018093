import { CoordinationGroupField, CoordinationGroupStatus } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** A coordination group (协调小组) of the district rule-of-law committee, from its establishment to its dissolution. */
export interface CoordinationGroup {
  id: string;
  field: CoordinationGroupField;
  /** The group's name (stays in this service; events never carry it). */
  name: string;
  establishedAt: Date;
  status: CoordinationGroupStatus;
  dissolvedAt: Date | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A new active group (its first event has sequence 1). */
export function establishGroup(input: { id: string; field: CoordinationGroupField; name: string; establishedAt: Date }, now: Date): CoordinationGroup {
  return { ...input, status: 'active', dissolvedAt: null, sequence: 1, createdAt: now, updatedAt: now };
}

/** active → dissolved, not before it was established. */
export function dissolveGroup(g: CoordinationGroup, input: { dissolvedAt: Date }, now: Date): CoordinationGroup {
  if (g.status !== 'active') throw new InvalidTransitionError('group', 'dissolve', g.status);
  if (input.dissolvedAt < g.establishedAt)
    throw new InvalidInputError('GROUP.DISSOLVED_BEFORE_ESTABLISHED', 'dissolvedAt', 'dissolvedAt: must not be before the group was established (establishedAt)');
  return { ...g, status: 'dissolved', dissolvedAt: input.dissolvedAt, sequence: g.sequence + 1, updatedAt: now };
}
