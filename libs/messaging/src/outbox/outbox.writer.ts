import { CaseEvent } from '@casetrack/contracts';
import { EntityManager } from 'typeorm';
import { outboxInsertCte } from './outbox-insert';

export interface OutboxWriterOptions {
  /**
   * The W3C `traceparent` of the work appending events (the HTTP request), or null: stored with each
   * event, and sent by the relay as the record's `traceparent` header (the envelope is not changed).
   */
  traceparent?: () => string | null;
}

/**
 * Stores events in the service's outbox inside the caller's transaction. It never talks to Kafka:
 * the events become visible to the relay only if, and when, the caller's transaction commits.
 */
export class OutboxWriter {
  private readonly traceparentOf: () => string | null;

  constructor(
    readonly schema: string,
    opts: OutboxWriterOptions = {},
  ) {
    this.traceparentOf = opts.traceparent ?? (() => null);
  }

  /** The trace of the work appending events now (the HTTP request), stored with each event. */
  traceparent(): string | null {
    return this.traceparentOf();
  }

  /**
   * Appends events (in the given order) to the outbox within `em`'s transaction. Each event is first
   * validated against its contract as its consumers will read it (the stored JSON); one that fails
   * throws EventContractViolationError and nothing is inserted, so the caller's transaction rolls back.
   * The relay is notified (at commit) only if it sleeps (see outboxWakeCondition).
   */
  async append(em: EntityManager, events: readonly CaseEvent[]): Promise<void> {
    if (events.length === 0) return;
    if (!em.queryRunner?.isTransactionActive) throw new Error('OutboxWriter.append needs an open transaction');
    const { sql, params } = outboxInsertCte(this.schema, events, 1, this.traceparent());
    await em.query(sql, params);
  }
}

/** SQL creating the outbox table in a service schema; used by each service's first migration. */
export function outboxTableSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".outbox (
       id bigserial PRIMARY KEY,
       event_id uuid NOT NULL UNIQUE,
       topic text NOT NULL,
       partition_key text NOT NULL,
       event_type text NOT NULL,
       value text NOT NULL,
       created_at timestamptz NOT NULL DEFAULT now(),
       sent_at timestamptz
     )`,
    `CREATE INDEX outbox_unsent ON "${schema}".outbox (id) WHERE sent_at IS NULL`,
  ];
}

/**
 * SQL for the second outbox migration of each service: quarantine columns (an event the relay can
 * never send is set aside with its reason instead of blocking the rows after it) and a partial
 * index on sent_at for the clean-up of sent rows.
 */
export function outboxQuarantineSql(schema: string): string[] {
  return [
    `ALTER TABLE "${schema}".outbox ADD COLUMN quarantined_at timestamptz, ADD COLUMN quarantine_reason text`,
    `CREATE INDEX outbox_sent_at ON "${schema}".outbox (sent_at) WHERE sent_at IS NOT NULL`,
    `CREATE INDEX outbox_quarantined ON "${schema}".outbox (id) WHERE quarantined_at IS NOT NULL`,
  ];
}

/**
 * SQL for the third outbox migration of each service: the W3C `traceparent` of the request that
 * wrote the event (null for events written before, or outside a request), which the relay sends
 * as a Kafka header so the consumer's log lines carry the request's trace id.
 */
export function outboxTraceparentSql(schema: string): string[] {
  return [`ALTER TABLE "${schema}".outbox ADD COLUMN traceparent text`];
}

/** Undoes `outboxTraceparentSql`. */
export function dropOutboxTraceparentSql(schema: string): string[] {
  return [`ALTER TABLE "${schema}".outbox DROP COLUMN traceparent`];
}

/** Undoes `outboxQuarantineSql`. */
export function dropOutboxQuarantineSql(schema: string): string[] {
  return [
    `DROP INDEX "${schema}".outbox_quarantined`,
    `DROP INDEX "${schema}".outbox_sent_at`,
    `ALTER TABLE "${schema}".outbox DROP COLUMN quarantine_reason, DROP COLUMN quarantined_at`,
  ];
}
