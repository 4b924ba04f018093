import { AccountsAndSessions1767002000000 } from './1767002000000-accounts-and-sessions';
import { LegalAffairsOfficerRole1767004000000 } from './1767004000000-legal-affairs-officer-role';
import { PublicLegalServicesOfficerRole1767012100000 } from './1767012100000-public-legal-services-officer-role';
import { LegalEducationOfficerRole1767013000000 } from './1767013000000-legal-education-officer-role';

/** Every migration of the web schema, in order. */
export const WEB_MIGRATIONS = [
  AccountsAndSessions1767002000000, LegalAffairsOfficerRole1767004000000,
  PublicLegalServicesOfficerRole1767012100000,
  LegalEducationOfficerRole1767013000000,
];
