import { InitialSchema1767000000000 } from './1767000000000-initial-schema';
import { CaseCorrections1767000001000 } from './1767000001000-case-corrections';
import { OutboxQuarantine1767000090000 } from './1767000090000-outbox-quarantine';
import { PersonalDataEncrypted1767001200000 } from './1767001200000-personal-data-encrypted';
import { IdempotencyPerUser1767001201000 } from './1767001201000-idempotency-per-user';
import { OutboxTraceparent1767003000000 } from './1767003000000-outbox-traceparent';

/** Every migration of the legal_aid schema, in order. */
export const LEGAL_AID_MIGRATIONS = [InitialSchema1767000000000, CaseCorrections1767000001000, OutboxQuarantine1767000090000, PersonalDataEncrypted1767001200000, IdempotencyPerUser1767001201000, OutboxTraceparent1767003000000];
