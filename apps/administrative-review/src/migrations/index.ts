import { InitialSchema1767000000000 } from './1767000000000-initial-schema';
import { OutboxQuarantine1767000090000 } from './1767000090000-outbox-quarantine';
import { PersonalDataEncrypted1767001200000 } from './1767001200000-personal-data-encrypted';
import { IdempotencyPerUser1767001201000 } from './1767001201000-idempotency-per-user';
import { OutboxTraceparent1767003000000 } from './1767003000000-outbox-traceparent';
import { LitigationFollowUp1767007000000 } from './1767007000000-litigation-follow-up';

/** Every migration of the admin_review schema, in order. */
export const ADMIN_REVIEW_MIGRATIONS = [InitialSchema1767000000000, OutboxQuarantine1767000090000, PersonalDataEncrypted1767001200000, IdempotencyPerUser1767001201000, OutboxTraceparent1767003000000, LitigationFollowUp1767007000000];
