import { PlatformLevel, PlatformStatus } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/**
 * A public legal service platform (公共法律服务实体平台): the district centre, a town/street station or
 * a village/community room; standardised (规范化建设) once, closed once. Its name stays here.
 */
export interface Platform {
  id: string;
  level: PlatformLevel;
  /** Its name (沙坪坝区公共法律服务中心, 某某街道公共法律服务工作站); never in an event. */
  name: string;
  registeredAt: Date;
  status: PlatformStatus;
  standardisedAt: Date | null;
  closedAt: Date | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A newly registered platform (its first event has sequence 1). */
export function registerPlatform(input: { id: string; level: PlatformLevel; name: string; registeredAt: Date }, now: Date): Platform {
  return { ...input, status: 'registered', standardisedAt: null, closedAt: null, sequence: 1, createdAt: now, updatedAt: now };
}

/** registered → standardised, not before it was registered. */
export function standardisePlatform(p: Platform, input: { standardisedAt: Date }, now: Date): Platform {
  if (p.status !== 'registered') throw new InvalidTransitionError('platform', 'standardise', p.status);
  if (input.standardisedAt < p.registeredAt)
    throw new InvalidInputError('PLATFORM.STANDARDISED_BEFORE_REGISTERED', 'standardisedAt', 'standardisedAt: must not be before the platform was registered (registeredAt)');
  return { ...p, status: 'standardised', standardisedAt: input.standardisedAt, sequence: p.sequence + 1, updatedAt: now };
}

/** registered or standardised → closed, not before it was registered or standardised. */
export function closePlatform(p: Platform, input: { closedAt: Date }, now: Date): Platform {
  if (p.status === 'closed') throw new InvalidTransitionError('platform', 'close', p.status);
  const since = p.standardisedAt ?? p.registeredAt;
  if (input.closedAt < since)
    throw new InvalidInputError('PLATFORM.CLOSED_TOO_EARLY', 'closedAt', `closedAt: must not be before the platform was ${p.standardisedAt ? 'standardised (standardisedAt)' : 'registered (registeredAt)'}`);
  return { ...p, status: 'closed', closedAt: input.closedAt, sequence: p.sequence + 1, updatedAt: now };
}
