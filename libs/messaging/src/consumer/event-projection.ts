import { CaseEvent } from '@casetrack/contracts';
import { EntityManager } from 'typeorm';

/** Where a batch's events sit in Kafka: `offsets[i]` is the offset of `events[i]` in `topic`/`partition`. */
export interface BatchPosition {
  topic: string;
  partition: number;
  offsets: readonly string[];
}

/** Something that applies events to database tables, a whole batch inside one transaction. */
export interface EventProjection {
  /** Event types this projection applies; any other type on its topics is dead-lettered, never skipped. */
  readonly handledTypes: ReadonlySet<string>;
  /** Applies events (each new to the inbox, in partition order) within `em`'s transaction; `position` says where they were read. */
  apply(em: EntityManager, events: readonly CaseEvent[], position?: BatchPosition): Promise<void>;
}
