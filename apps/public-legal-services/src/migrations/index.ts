import { InitialSchema1767012000000 } from './1767012000000-initial-schema';

/** Every migration of the public_legal_services schema, in order. */
export const PUBLIC_LEGAL_SERVICES_MIGRATIONS = [InitialSchema1767012000000];
