import { InitialSchema1767000000000 } from './1767000000000-initial-schema';

/** Every migration of the admin_review schema, in order. */
export const ADMIN_REVIEW_MIGRATIONS = [InitialSchema1767000000000];
