/**
 * The bare baseline's tables in the bench database: `bench_baseline.disputes` has the columns,
 * constraints and indexes of `mediation.disputes`, so a baseline INSERT costs PostgreSQL what the
 * service's dispute INSERT costs; what the baseline leaves out is the service (Nest, validation,
 * idempotency, outbox), which is what the ingest ratio shows.
 */
export function baselineSchemaSql(): string[] {
  return [
    'CREATE SCHEMA bench_baseline',
    `CREATE TABLE bench_baseline.committees (
       code text PRIMARY KEY,
       kind text NOT NULL,
       field text
     )`,
    `CREATE TABLE bench_baseline.disputes (
       id uuid PRIMARY KEY,
       committee_code text NOT NULL REFERENCES bench_baseline.committees (code),
       committee_kind text NOT NULL,
       committee_field text,
       category text NOT NULL,
       source text NOT NULL,
       received_at timestamptz NOT NULL,
       party_count int NOT NULL CHECK (party_count >= 2),
       summary text,
       amount_involved_fen bigint CHECK (amount_involved_fen >= 0),
       status text NOT NULL,
       result text,
       concluded_at timestamptz,
       agreement text,
       agreement_amount_fen bigint CHECK (agreement_amount_fen >= 0),
       withdrawn_at timestamptz,
       withdrawal_reason text,
       sequence int NOT NULL,
       created_at timestamptz NOT NULL DEFAULT now(),
       updated_at timestamptz NOT NULL DEFAULT now()
     )`,
    'CREATE INDEX disputes_by_received ON bench_baseline.disputes (received_at, id)',
    'CREATE INDEX disputes_by_committee ON bench_baseline.disputes (committee_code, received_at, id)',
    'CREATE INDEX disputes_by_status ON bench_baseline.disputes (status, received_at, id)',
  ];
}
