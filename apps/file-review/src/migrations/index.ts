import { InitialSchema1767000000000 } from './1767000000000-initial-schema';
import { OutboxQuarantine1767000090000 } from './1767000090000-outbox-quarantine';
import { IdempotencyPerUser1767001201000 } from './1767001201000-idempotency-per-user';
import { OutboxTraceparent1767003000000 } from './1767003000000-outbox-traceparent';

/** Every migration of the file_review schema, in order. */
export const FILE_REVIEW_MIGRATIONS = [InitialSchema1767000000000, OutboxQuarantine1767000090000, IdempotencyPerUser1767001201000, OutboxTraceparent1767003000000];
