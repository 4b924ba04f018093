import { PlatformLevel, ServiceChannel, ServiceKind } from '@casetrack/contracts';
import { DomainError, InvalidInputError, InvalidTransitionError } from '@casetrack/platform';
import { Platform } from '../../platforms/domain/platform';

/**
 * One service given at a platform (公共法律服务): when, by which channel, of which kind, to how many
 * people (人次). A record of one event; the note on it stays here.
 */
export interface ServiceRecord {
  id: string;
  platformId: string;
  /** The platform's level when the service was given (the event carries it). */
  level: PlatformLevel;
  channel: ServiceChannel;
  kind: ServiceKind;
  persons: number;
  servedAt: Date;
  /** What was asked or done (free text; never in an event). */
  note: string | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ServiceInput {
  id: string;
  channel: ServiceChannel;
  kind: ServiceKind;
  persons: number;
  servedAt: Date;
  note: string | null;
}

/**
 * A service recorded at `platform`: 409 when the platform was closed by the service's time, 400
 * (servedAt) when it precedes the platform's registration.
 */
export function recordService(platform: Platform, input: ServiceInput, now: Date): ServiceRecord {
  if (input.servedAt < platform.registeredAt)
    throw new InvalidInputError('SERVICE.BEFORE_PLATFORM', 'servedAt', 'servedAt: must not be before the platform was registered (registeredAt)');
  if (platform.status === 'closed' && platform.closedAt !== null && input.servedAt >= platform.closedAt)
    throw new InvalidTransitionError('platform', 'record a service after the closure of', platform.status);
  return { ...input, platformId: platform.id, level: platform.level, sequence: 1, createdAt: now, updatedAt: now };
}

/** The 404 for a service recorded at a platform that does not exist. */
export function unknownPlatform(id: string): DomainError {
  return new DomainError('PLATFORM.NOT_FOUND', `no platform with id ${id}`, 'not-found', { id, field: 'platformId' });
}
