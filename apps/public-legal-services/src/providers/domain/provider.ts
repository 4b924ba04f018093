import { ProviderKind, ProviderStatus } from '@casetrack/contracts';
import { InvalidInputError, InvalidTransitionError } from '@casetrack/platform';

/** A legal-service provider registered in the district (律所, 司法鉴定所, 公证处); its name stays here. */
export interface Provider {
  id: string;
  kind: ProviderKind;
  name: string;
  registeredAt: Date;
  status: ProviderStatus;
  deregisteredAt: Date | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export function registerProvider(input: { id: string; kind: ProviderKind; name: string; registeredAt: Date }, now: Date): Provider {
  return { ...input, status: 'registered', deregisteredAt: null, sequence: 1, createdAt: now, updatedAt: now };
}

/** registered → deregistered, not before it was registered. */
export function deregisterProvider(p: Provider, input: { deregisteredAt: Date }, now: Date): Provider {
  if (p.status !== 'registered') throw new InvalidTransitionError('provider', 'deregister', p.status);
  if (input.deregisteredAt < p.registeredAt)
    throw new InvalidInputError('PROVIDER.DEREGISTERED_BEFORE_REGISTERED', 'deregisteredAt', 'deregisteredAt: must not be before the provider was registered (registeredAt)');
  return { ...p, status: 'deregistered', deregisteredAt: input.deregisteredAt, sequence: p.sequence + 1, updatedAt: now };
}
