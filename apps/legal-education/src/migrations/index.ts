import { InitialSchema1767013000000 } from './1767013000000-initial-schema';

/** Every migration of the legal_education schema, in order. */
export const LEGAL_EDUCATION_MIGRATIONS = [InitialSchema1767013000000];
