import { assertTestDatabase } from '@casetrack/persistence';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TEST_DATABASE_URL } from '../../../../tests/support/test-env';
import { CursorInvalidError, encodeCursor } from './cursor';
import { KeyColumn, keysetPage, keysetRows, SqlWhere } from './keyset';

// A temporary table per connection: nothing of it outlives the test or meets another suite.
describe('keysetPage against PostgreSQL', () => {
  let db: Client;
  const KEY: KeyColumn[] = [
    { sql: 'at', part: { kind: 'timestamp' } },
    { sql: 'label', part: { kind: 'text' }, bytewise: true },
    { sql: 'id', part: { kind: 'uuid' } },
  ];
  const base = { select: 'id, at, label, kind', from: 'paged', key: KEY };

  beforeAll(async () => {
    assertTestDatabase(TEST_DATABASE_URL);
    db = new Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
    await db.query('CREATE TEMP TABLE paged (id uuid PRIMARY KEY, at timestamptz NOT NULL, label text NOT NULL, kind text NOT NULL)');
    // Rows one microsecond apart (a JS Date cannot tell them apart), rows sharing an instant,
    // labels whose byte order differs from a locale's, and two kinds to filter by.
    const rows: unknown[][] = [];
    for (let i = 0; i < 37; i++)
      rows.push([randomUUID(), `2019-06-03 10:15:00.12345${i % 3}+08`, ['a', 'B', 'a-b', 'ab', '沙', 'Z'][i % 6], i % 4 === 0 ? 'odd' : 'even']);
    for (const r of rows) await db.query('INSERT INTO paged VALUES ($1, $2, $3, $4)', r);
  });

  afterAll(async () => {
    await db?.end();
  });

  async function all(limit: number, where?: () => SqlWhere) {
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await keysetPage<{ id: string }>(db, { ...base, where: where?.(), cursor, limit });
      expect(page.rows.length).toBeLessThanOrEqual(limit);
      if (page.nextCursor !== null) expect(page.rows).toHaveLength(limit);
      ids.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor !== undefined && pages < 100);
    return ids;
  }

  it.each([1, 2, 5, 36, 37, 38, 500])('returns every row exactly once, in key order, with pages of %i', async (limit) => {
    const expected = (await db.query('SELECT id FROM paged ORDER BY at, label COLLATE "C", id')).rows.map((r) => r.id);
    expect(await all(limit)).toEqual(expected);
  });

  it('pages within a filter and says nothing of the key columns in the rows', async () => {
    const expected = (await db.query(`SELECT id FROM paged WHERE kind = 'odd' ORDER BY at, label COLLATE "C", id`)).rows.map((r) => r.id);
    expect(await all(2, () => new SqlWhere().add('kind = ?', 'odd'))).toEqual(expected);
    const [row] = (await keysetPage<Record<string, unknown>>(db, { ...base, limit: 1 })).rows;
    expect(Object.keys(row).sort()).toEqual(['at', 'id', 'kind', 'label']);
  });

  it('answers an empty page without a next cursor past the last row', async () => {
    const page = await keysetPage(db, { ...base, cursor: encodeCursor(['9999-12-31T23:59:59.999999Z', '\uffff', randomUUID()]), limit: 10 });
    expect(page).toEqual({ rows: [], nextCursor: null });
  });

  it('reads every row through keysetRows', async () => {
    const ids: string[] = [];
    for await (const r of keysetRows<{ id: string }>(db, { ...base, limit: 4 })) ids.push(r.id);
    expect(new Set(ids).size).toBe(37);
  });

  it('refuses a cursor of another shape with CURSOR.INVALID instead of a cast error', async () => {
    await expect(keysetPage(db, { ...base, cursor: encodeCursor(['0', 'x', '00000000-0000-0000-0000-000000000000']), limit: 1 })).rejects.toBeInstanceOf(CursorInvalidError);
    await expect(keysetPage(db, { ...base, cursor: encodeCursor(['2019-06-03T02:15:00.000000Z', 'x']), limit: 1 })).rejects.toBeInstanceOf(CursorInvalidError);
  });
});
