/**
 * An event a command was about to write does not satisfy its contract (libs/contracts). Thrown by
 * the outbox writer before anything is committed, so the request fails and writes nothing instead
 * of the event being dead-lettered by its consumers later. It can only happen when a request DTO
 * accepts what the event contract refuses; the HTTP filter answers it with 422 EVENT.CONTRACT_VIOLATION.
 */
export class EventContractViolationError extends Error {
  constructor(
    readonly eventType: string,
    /** One message per problem, each starting with its path (`payload.respondentAgency …`). */
    readonly problems: readonly string[],
  ) {
    super(`${eventType} would break its contract: ${problems.join('; ')}`);
    this.name = 'EventContractViolationError';
  }
}
