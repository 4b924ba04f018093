import { CommitteeField, CommitteeKind } from '@casetrack/contracts';
import { InvalidInputError } from '@casetrack/platform';

/** A people's mediation committee or station. */
export interface Committee {
  code: string;
  name: string;
  kind: CommitteeKind;
  /** Only and always for professional (行业性专业性) committees. */
  field: CommitteeField | null;
  createdAt: Date;
}

/** Builds a committee, enforcing that `field` is given for professional committees and only for them. */
export function createCommittee(input: { code: string; name: string; kind: CommitteeKind; field?: CommitteeField }, now: Date): Committee {
  if (input.kind === 'professional' && !input.field)
    throw new InvalidInputError('COMMITTEE.FIELD_REQUIRED', 'field', 'field: is required for a professional committee');
  if (input.kind !== 'professional' && input.field)
    throw new InvalidInputError('COMMITTEE.FIELD_NOT_ALLOWED', 'field', `field: only professional committees have a field, not ${input.kind}`);
  return { code: input.code, name: input.name, kind: input.kind, field: input.field ?? null, createdAt: now };
}
