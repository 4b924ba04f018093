import { InitialSchema1767000000000 } from './1767000000000-initial-schema';

/** Every migration of the mediation schema, in order. */
export const MEDIATION_MIGRATIONS = [InitialSchema1767000000000];
