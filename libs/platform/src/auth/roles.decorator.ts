import { SetMetadata } from '@nestjs/common';
import { Role } from './roles';

/** Metadata keys the guard reads. */
export const ROLES_KEY = 'casetrack:roles';
export const PUBLIC_KEY = 'casetrack:public';

/** The roles that may use a controller or route instead of the service's default (admin always may). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call without a token (GET /health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
