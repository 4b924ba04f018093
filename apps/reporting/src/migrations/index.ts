import { InitialSchema1767000000000 } from './1767000000000-initial-schema';

/** Every migration of the reporting schema, in order. */
export const REPORTING_MIGRATIONS = [InitialSchema1767000000000];
