import { CommitteeField, CommitteeKind } from '@casetrack/contracts';
import { InvalidInputError } from '@casetrack/platform';

/** A people's mediation committee or station. */
export interface Committee {
  /** Event key of the committee's own events. */
  id: string;
  code: string;
  name: string;
  kind: CommitteeKind;
  /** Only and always for professional (行业性专业性) committees. */
  field: CommitteeField | null;
  /** When it was set up; the report counts committees in place at each year's end. */
  establishedAt: Date;
  createdAt: Date;
}

/** Builds a committee, enforcing that `field` is given for professional committees and only for them. */
export function createCommittee(
  input: { id: string; code: string; name: string; kind: CommitteeKind; field?: CommitteeField; establishedAt?: Date },
  now: Date,
): Committee {
  if (input.kind === 'professional' && !input.field)
    throw new InvalidInputError('COMMITTEE.FIELD_REQUIRED', 'field', 'field: is required for a professional committee');
  if (input.kind !== 'professional' && input.field)
    throw new InvalidInputError('COMMITTEE.FIELD_NOT_ALLOWED', 'field', `field: only professional committees have a field, not ${input.kind}`);
  return {
    id: input.id,
    code: input.code,
    name: input.name,
    kind: input.kind,
    field: input.field ?? null,
    establishedAt: input.establishedAt ?? now,
    createdAt: now,
  };
}
