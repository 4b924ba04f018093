import { CaseEvent } from '@casetrack/contracts';
import { EntityManager } from 'typeorm';

/** Something that applies events to database tables, a whole batch inside one transaction. */
export interface EventProjection {
  /** Event types this projection applies; any other type on its topics is dead-lettered, never skipped. */
  readonly handledTypes: ReadonlySet<string>;
  /** Applies events (each new to the inbox, in partition order) within `em`'s transaction. */
  apply(em: EntityManager, events: readonly CaseEvent[]): Promise<void>;
}
