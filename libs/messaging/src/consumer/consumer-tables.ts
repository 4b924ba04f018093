/** SQL for the inbox and consumer bookkeeping tables of a consuming service's schema. */
export function consumerTablesSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".inbox (
       event_id uuid PRIMARY KEY,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE TABLE "${schema}".consumer_offsets (
       group_id text NOT NULL,
       topic text NOT NULL,
       partition int NOT NULL,
       next_offset bigint NOT NULL,
       last_event_at timestamptz,
       updated_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (group_id, topic, partition)
     )`,
    `CREATE TABLE "${schema}".dead_letters (
       id bigserial PRIMARY KEY,
       group_id text NOT NULL,
       topic text NOT NULL,
       partition int NOT NULL,
       "offset" bigint NOT NULL,
       reason text NOT NULL,
       recorded_at timestamptz NOT NULL DEFAULT now(),
       UNIQUE (group_id, topic, partition, "offset")
     )`,
  ];
}

/**
 * SQL turning a schema's dead_letters (consumerTablesSql) into a desk an operator works from: the
 * message itself (key, value, Kafka timestamp: what a replay re-applies), the reason as a fixed
 * kind, the first reason beside the latest one, and what replays did. Rows recorded before have no
 * value kept (`value_kept` false); their kind is derived from their reason's wording.
 */
export function deadLetterDeskSql(schema: string): string[] {
  const t = `"${schema}".dead_letters`;
  return [
    `ALTER TABLE ${t}
       ADD COLUMN kind text,
       ADD COLUMN first_reason text,
       ADD COLUMN message_key bytea,
       ADD COLUMN message_value bytea,
       ADD COLUMN value_kept boolean NOT NULL DEFAULT false,
       ADD COLUMN message_timestamp timestamptz,
       ADD COLUMN replays int NOT NULL DEFAULT 0,
       ADD COLUMN replayed_at timestamptz,
       ADD COLUMN replay_outcome text,
       ADD COLUMN resolved_at timestamptz`,
    `UPDATE ${t} SET first_reason = reason, kind = CASE
       WHEN reason = 'message has no value' THEN 'no-value'
       WHEN reason LIKE 'value is not JSON%' THEN 'not-json'
       WHEN reason LIKE 'unknown event type %' THEN 'unknown-type'
       WHEN reason LIKE 'no handler for %' THEN 'no-handler'
       WHEN reason LIKE 'projection failed%' THEN 'projection-failed'
       WHEN reason ~ '^[^\\s:]+ v[0-9]+: payload' THEN 'invalid-payload'
       ELSE 'invalid-envelope' END`,
    `ALTER TABLE ${t} ALTER COLUMN kind SET NOT NULL, ALTER COLUMN first_reason SET NOT NULL`,
    `ALTER TABLE ${t} ADD CONSTRAINT dead_letters_replay_outcome CHECK (replay_outcome IN ('applied', 'already-applied', 'dead-lettered'))`,
    // The desk lists the open ones first of all, and the open count is a metric read on every scrape.
    `CREATE INDEX dead_letters_open ON ${t} (id) WHERE resolved_at IS NULL`,
  ];
}
