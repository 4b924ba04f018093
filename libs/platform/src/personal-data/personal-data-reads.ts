import { EntityManager } from 'typeorm';
import { currentActor } from '../auth/actor-context';

/** SQL creating the audit table of full personal-data reads in a service schema. */
export function personalDataReadsTableSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".personal_data_reads (
       id bigserial PRIMARY KEY,
       case_id uuid NOT NULL,
       actor_id text NOT NULL,
       actor_role text NOT NULL,
       read_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX personal_data_reads_by_case ON "${schema}".personal_data_reads (case_id, read_at)`,
  ];
}

/**
 * Records who read a case's personal data in full, and when, in the service's
 * `personal_data_reads`. Call it in the transaction that reads the data, so no read goes unrecorded.
 */
export class PersonalDataReadLog {
  constructor(private readonly schema: string) {}

  async record(em: EntityManager, caseId: string): Promise<void> {
    const actor = currentActor();
    // Only requests read personal data, and every request carries a verified actor.
    if (!actor) throw new Error('a personal-data read outside a request has no actor to record');
    // read_at is the database's real time, not the injectable business clock: an audit says when it happened.
    await em.query(`INSERT INTO "${this.schema}".personal_data_reads (case_id, actor_id, actor_role) VALUES ($1, $2, $3)`, [caseId, actor.id, actor.role]);
  }
}
