import { CaseEvent, envelopeSchema, findDefinition } from '@casetrack/contracts';
import { EntityManager } from 'typeorm';
import { EventContractViolationError } from './event-contract-violation.error';

/** The NOTIFY channel a service's relay listens on. */
export const outboxChannel = (schema: string) => `${schema}_outbox`;

/**
 * Stores events in the service's outbox inside the caller's transaction. It never talks to Kafka:
 * the events become visible to the relay only if, and when, the caller's transaction commits.
 */
export class OutboxWriter {
  private readonly insertSql: string;

  constructor(private readonly schema: string) {
    // One statement for the rows and the wake-up (NOTIFY is delivered at commit, or never).
    this.insertSql = `
      WITH inserted AS (
        INSERT INTO "${schema}".outbox (event_id, topic, partition_key, event_type, value)
        SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])
        RETURNING 1
      )
      SELECT pg_notify('${outboxChannel(schema)}', '') FROM (SELECT count(*) FROM inserted) c`;
  }

  /**
   * Appends events (in the given order) to the outbox within `em`'s transaction. Each event is first
   * validated against its contract as its consumers will read it (the stored JSON); one that fails
   * throws EventContractViolationError and nothing is inserted, so the caller's transaction rolls back.
   */
  async append(em: EntityManager, events: readonly CaseEvent[]): Promise<void> {
    if (events.length === 0) return;
    if (!em.queryRunner?.isTransactionActive) throw new Error('OutboxWriter.append needs an open transaction');
    const ids: string[] = [];
    const topics: string[] = [];
    const keys: string[] = [];
    const types: string[] = [];
    const values: string[] = [];
    for (const event of events) {
      const definition = findDefinition(event.type, event.version);
      if (!definition) throw new Error(`no contract for ${event.type} v${event.version}`);
      const value = JSON.stringify(event);
      const problems: string[] = [];
      const stored: unknown = JSON.parse(value);
      envelopeSchema.validate(stored, 'event', problems);
      definition.payload.validate((stored as { payload?: unknown }).payload, 'payload', problems);
      if (problems.length > 0) throw new EventContractViolationError(event.type, problems);
      ids.push(event.eventId);
      topics.push(definition.topic);
      keys.push(event.caseId);
      types.push(event.type);
      values.push(value);
    }
    await em.query(this.insertSql, [ids, topics, keys, types, values]);
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

/** Undoes `outboxQuarantineSql`. */
export function dropOutboxQuarantineSql(schema: string): string[] {
  return [
    `DROP INDEX "${schema}".outbox_quarantined`,
    `DROP INDEX "${schema}".outbox_sent_at`,
    `ALTER TABLE "${schema}".outbox DROP COLUMN quarantine_reason, DROP COLUMN quarantined_at`,
  ];
}
