import { DomainError } from '../errors/domain-error';

export type AuthenticationErrorCode = 'AUTH.MISSING_TOKEN' | 'AUTH.INVALID_TOKEN' | 'AUTH.EXPIRED_TOKEN';

/** The request carries no token, or one this service did not issue or no longer accepts (→ 401). */
export class AuthenticationError extends DomainError {
  constructor(code: AuthenticationErrorCode, message: string) {
    super(code, message, 'unauthenticated');
  }
}

/** A valid token whose role or unit does not reach what the request asks for (→ 403). */
export class ForbiddenError extends DomainError {
  constructor(code: 'AUTH.FORBIDDEN_ROLE' | 'AUTH.FORBIDDEN_UNIT', message: string, details: Record<string, unknown>) {
    super(code, message, 'forbidden', details);
  }
}
