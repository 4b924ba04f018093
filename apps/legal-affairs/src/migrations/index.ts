import { InitialSchema1767004000000 } from './1767004000000-initial-schema';
import { CleanupUnitsCommittee1767006000000 } from './1767006000000-cleanup-units-committee';

/** Every migration of the legal_affairs schema, in order. */
export const LEGAL_AFFAIRS_MIGRATIONS = [InitialSchema1767004000000, CleanupUnitsCommittee1767006000000];
