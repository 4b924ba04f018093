import { caseAndKeyQuery, CaseRow, CaseTable } from '@casetrack/platform';
import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * What the command runner reads of case `id` of `table` for a change, with the table's `columns`
 * and `fromRow` (decision 46's one query of the case and its key), and what `find` reads: the two
 * must be the same case, or a change would decide on another state than the one it shows.
 */
export async function caseReadTwoWays<T extends CaseRow>(app: INestApplicationContext, table: CaseTable<T>, id: string): Promise<{ oneQuery: T | null; find: T | null }> {
  if (table.columns === undefined || table.fromRow === undefined) throw new Error(`${table.table} does not give the command runner its columns`);
  const dataSource = app.get(DataSource);
  const { sql, params } = caseAndKeyQuery(table.table, table.columns, 'unused', id);
  const [row] = await dataSource.query(sql, params);
  const { command_case_found: found, command_key_request_hash: _h, command_key_status: _s, command_key_response: _r, ...columns } = row;
  return { oneQuery: found === true ? table.fromRow(columns) : null, find: await table.find(dataSource.manager, id) };
}
