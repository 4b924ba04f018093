export * from './enums';
export * from './platform-registered.v1';
export * from './platform-standardised.v1';
export * from './platform-closed.v1';
export * from './service-recorded.v1';
export * from './provider-registered.v1';
export * from './provider-deregistered.v1';
export * from './complaint-received.v1';
export * from './complaint-concluded.v1';
export * from './exam-sitting-recorded.v1';

import { EventOf } from '../envelope';
import { ComplaintConcludedV1 } from './complaint-concluded.v1';
import { ComplaintReceivedV1 } from './complaint-received.v1';
import { ExamSittingRecordedV1 } from './exam-sitting-recorded.v1';
import { PlatformClosedV1 } from './platform-closed.v1';
import { PlatformRegisteredV1 } from './platform-registered.v1';
import { PlatformStandardisedV1 } from './platform-standardised.v1';
import { ProviderDeregisteredV1 } from './provider-deregistered.v1';
import { ProviderRegisteredV1 } from './provider-registered.v1';
import { ServiceRecordedV1 } from './service-recorded.v1';

export const PUBLIC_LEGAL_SERVICES_EVENTS = [
  PlatformRegisteredV1, PlatformStandardisedV1, PlatformClosedV1,
  ServiceRecordedV1,
  ProviderRegisteredV1, ProviderDeregisteredV1,
  ComplaintReceivedV1, ComplaintConcludedV1,
  ExamSittingRecordedV1,
] as const;
/** Every public-legal-services event, derived from the list above (one place to add an event). */
export type PublicLegalServicesEvent = EventOf<(typeof PUBLIC_LEGAL_SERVICES_EVENTS)[number]>;
