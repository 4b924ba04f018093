import { InitialSchema1767000000000 } from './1767000000000-initial-schema';
import { OutboxQuarantine1767000090000 } from './1767000090000-outbox-quarantine';

/** Every migration of the admin_review schema, in order. */
export const ADMIN_REVIEW_MIGRATIONS = [InitialSchema1767000000000, OutboxQuarantine1767000090000];
