import { EventDefinition } from '../envelope';
import { Schema } from '../schema';

// Contracts of this area are added here (see ../mediation for the pattern).
export const LEGAL_AID_EVENTS: readonly EventDefinition<string, number, Schema<unknown>>[] = [];
export type LegalAidEvent = never;
