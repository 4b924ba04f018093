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
