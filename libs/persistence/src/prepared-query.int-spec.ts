import { randomBytes } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { TEST_DATABASE_URL } from '../../../tests/support/test-env';
import { createDataSource, ensureDatabase } from './data-source';
import { preparedQuery } from './prepared-query';

describe('preparedQuery against PostgreSQL: a named statement on the pool or in the transaction', () => {
  const schema = `prep_test_${randomBytes(4).toString('hex')}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await ensureDatabase(TEST_DATABASE_URL);
    dataSource = createDataSource({ url: TEST_DATABASE_URL, schema, migrations: [], applicationName: schema, poolSize: 2 });
    await dataSource.initialize();
    await dataSource.query(`CREATE SCHEMA "${schema}"`);
    await dataSource.query(`CREATE TABLE "${schema}".things (id int PRIMARY KEY, name text NOT NULL CHECK (name <> ''))`);
  });

  afterAll(async () => {
    await dataSource?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource?.destroy();
  });

  const insert = `INSERT INTO "${schema}".things (id, name) VALUES ($1, $2) RETURNING id, name`;
  const names = async () => (await dataSource.query(`SELECT name FROM "${schema}".things ORDER BY id`)).map((r: { name: string }) => r.name);

  it('answers the rows, and runs the same text again on every pooled connection (prepared once on each)', async () => {
    const rows = await Promise.all([1, 2, 3, 4].map((id) => preparedQuery<{ id: number; name: string }>(dataSource.manager, insert, [id, `n${id}`])));
    expect(rows).toEqual([1, 2, 3, 4].map((id) => [{ id, name: `n${id}` }]));
    expect(await names()).toEqual(['n1', 'n2', 'n3', 'n4']);
  });

  it('prepares the text on the connection it runs on, once however often it runs', async () => {
    const prepared = await dataSource.transaction(async (em) => {
      for (const id of [5, 6, 7]) await preparedQuery(em, insert, [id, `n${id}`]);
      return em.query(`SELECT name, parameter_types::text AS types FROM pg_prepared_statements WHERE statement = $1`, [insert]);
    });
    expect(prepared).toEqual([{ name: expect.stringMatching(/^casetrack_[0-9a-f]{24}$/), types: '{integer,text}' }]);
  });

  it('runs inside the transaction it is given: a rollback takes its write back', async () => {
    await expect(
      dataSource.transaction(async (em) => {
        await preparedQuery(em, insert, [10, 'rolled back']);
        const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM "${schema}".things WHERE id = 10`);
        expect(n).toBe(1);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await names()).not.toContain('rolled back');
  });

  it("fails as TypeORM's QueryFailedError with PostgreSQL's code, and leaves the connection usable", async () => {
    const failed = await preparedQuery(dataSource.manager, insert, [20, '']).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(QueryFailedError);
    expect((failed as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('23514');
    const rows = await Promise.all([21, 22, 23].map((id) => preparedQuery(dataSource.manager, insert, [id, `n${id}`])));
    expect(rows).toHaveLength(3);
  });

  it('survives its connection being terminated mid-query: the query fails, the process goes on, and so does the pool', async () => {
    // A connection that breaks while checked out emits 'error'; unheard, that ended the process (a PostgreSQL restart did).
    const marker = `/* ${schema} sleeper */`;
    const sleeping = preparedQuery(dataSource.manager, `SELECT pg_sleep(30) ${marker}`, []).catch((e: unknown) => e);
    let pid: number | undefined;
    while (pid === undefined) {
      const [row] = await dataSource.query(`SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND state = 'active' AND query LIKE $1`, [`%${marker}%`]);
      pid = row?.pid;
      if (pid === undefined) await new Promise((r) => setTimeout(r, 20));
    }
    await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    const failed = await sleeping;
    expect(failed).toBeInstanceOf(QueryFailedError);
    const rows = await Promise.all([30, 31, 32].map((id) => preparedQuery(dataSource.manager, insert, [id, `n${id}`])));
    expect(rows).toEqual([30, 31, 32].map((id) => [{ id, name: `n${id}` }]));
  });
});
