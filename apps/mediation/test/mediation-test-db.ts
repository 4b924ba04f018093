import { Client } from 'pg';
import { TEST_DATABASE_URL } from '../../../tests/support/test-env';

/**
 * Read-only access to the mediation tables of the test database, so e2e tests can check what a
 * request did (or did not) write, beyond what the API shows.
 */
export class MediationTestDb {
  private constructor(private readonly client: Client) {}

  static async connect(): Promise<MediationTestDb> {
    const client = new Client({ connectionString: TEST_DATABASE_URL, application_name: 'mediation-e2e' });
    await client.connect();
    return new MediationTestDb(client);
  }

  close(): Promise<void> {
    return this.client.end();
  }

  /** Rows in mediation.disputes for a committee. */
  async disputeCount(committeeCode: string): Promise<number> {
    const { rows } = await this.client.query('SELECT count(*)::int AS n FROM mediation.disputes WHERE committee_code = $1', [committeeCode]);
    return rows[0].n;
  }

  /** Rows in mediation.committees with a code. */
  async committeeCount(code: string): Promise<number> {
    const { rows } = await this.client.query('SELECT count(*)::int AS n FROM mediation.committees WHERE code = $1', [code]);
    return rows[0].n;
  }

  /** Outbox rows of the given cases (dispute or committee ids), oldest first, with the parsed envelope. */
  async outboxOf(caseIds: string[]): Promise<{ id: string; topic: string; partitionKey: string; eventType: string; value: string; event: any }[]> {
    const { rows } = await this.client.query(
      'SELECT id, topic, partition_key, event_type, value FROM mediation.outbox WHERE partition_key = ANY($1::text[]) ORDER BY id',
      [caseIds],
    );
    return rows.map((r) => ({ id: r.id, topic: r.topic, partitionKey: r.partition_key, eventType: r.event_type, value: r.value, event: JSON.parse(r.value) }));
  }
}

/** A valid dispute registration for a committee; override fields to make it invalid. */
export function disputeBody(committeeCode: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    committeeCode,
    category: 'neighbourhood',
    source: 'walk-in',
    receivedAt: '2019-06-03T10:15:00+08:00',
    partyCount: 2,
    ...overrides,
  };
}

/** The `fields[].field` names of a 400 body. */
export const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);
