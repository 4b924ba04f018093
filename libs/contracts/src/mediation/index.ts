export * from './enums';
export * from './committee-registered.v1';
export * from './dispute-registered.v1';
export * from './dispute-concluded.v1';
export * from './dispute-withdrawn.v1';
export * from './dispute-corrected.v1';

import { EventOf } from '../envelope';
import { CommitteeRegisteredV1 } from './committee-registered.v1';
import { DisputeConcludedV1 } from './dispute-concluded.v1';
import { DisputeCorrectedV1 } from './dispute-corrected.v1';
import { DisputeRegisteredV1 } from './dispute-registered.v1';
import { DisputeWithdrawnV1 } from './dispute-withdrawn.v1';

export const MEDIATION_EVENTS = [CommitteeRegisteredV1, DisputeRegisteredV1, DisputeConcludedV1, DisputeWithdrawnV1, DisputeCorrectedV1] as const;
/** Every mediation event, derived from the list above (one place to add an event). */
export type MediationEvent = EventOf<(typeof MEDIATION_EVENTS)[number]>;
