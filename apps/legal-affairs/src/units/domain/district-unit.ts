import { DistrictUnitStatus } from '@casetrack/contracts';
import { DomainError, InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/**
 * A district unit (区级单位) in the registry: the set over which adviser coverage
 * (区级单位法律顾问全覆盖) is counted. An engagement covers the unit whose name it carries.
 */
export interface DistrictUnit {
  id: string;
  /** The unit's name, as engagements name it (unique among active units). */
  name: string;
  registeredAt: Date;
  status: DistrictUnitStatus;
  dissolvedAt: Date | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A new active unit (its first event has sequence 1). */
export function registerUnit(input: { id: string; name: string; registeredAt: Date }, now: Date): DistrictUnit {
  return { ...input, status: 'active', dissolvedAt: null, sequence: 1, createdAt: now, updatedAt: now };
}

/** The 409 for a name an active unit already has. */
export function alreadyRegistered(name: string, id: string): DomainError {
  return new DomainError('UNIT.ALREADY_REGISTERED', `an active unit is already registered as ${name}`, 'conflict', { unit: name, id });
}

/** active → dissolved, not before it was registered. */
export function dissolveUnit(u: DistrictUnit, input: { dissolvedAt: Date }, now: Date): DistrictUnit {
  if (u.status !== 'active') throw new InvalidTransitionError('unit', 'dissolve', u.status);
  if (input.dissolvedAt < u.registeredAt)
    throw new InvalidInputError('UNIT.DISSOLVED_BEFORE_REGISTERED', 'dissolvedAt', 'dissolvedAt: must not be before the unit was registered (registeredAt)');
  return { ...u, status: 'dissolved', dissolvedAt: input.dissolvedAt, sequence: u.sequence + 1, updatedAt: now };
}
