import { InitialSchema1767000000000 } from './1767000000000-initial-schema';

/** Every migration of the legal_aid schema, in order. */
export const LEGAL_AID_MIGRATIONS = [InitialSchema1767000000000];
