/** How a domain error reads to an HTTP client; mapped to a status in one place (the filter). */
export type DomainErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'idempotency-mismatch' | 'unavailable';

/** A business rule said no. `code` is stable (e.g. DISPUTE.INVALID_TRANSITION); `message` is for people. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The case is not in a status that allows this action. */
export class InvalidTransitionError extends DomainError {
  constructor(entity: string, action: string, status: string) {
    // By sound: "an engagement", but "a unit" (a "u" read "you").
    const article = /^[aeiou]/.test(entity) && !/^u(ni|se|su)/.test(entity) ? 'an' : 'a';
    super(`${entity.toUpperCase()}.INVALID_TRANSITION`, `cannot ${action} ${article} ${entity} whose status is ${status}`, 'conflict', { status });
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super(`${entity.toUpperCase()}.NOT_FOUND`, `no ${entity} with id ${id}`, 'not-found', { id });
  }
}

/** Input that passed field validation but breaks a rule involving other data (→ 400). */
export class InvalidInputError extends DomainError {
  constructor(code: string, field: string, message: string) {
    super(code, message, 'invalid', { field });
  }
}
