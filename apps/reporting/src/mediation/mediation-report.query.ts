import { toSafeInteger } from '@casetrack/persistence';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { rate } from '../annual-report/rate';

export const MEDIATION_DIMENSIONS = ['category', 'committeeKind', 'source', 'month'] as const;
export type MediationDimension = (typeof MEDIATION_DIMENSIONS)[number];

const COLUMN: Record<MediationDimension, string> = {
  category: 'category',
  committeeKind: 'committee_kind',
  source: 'source',
  month: 'month',
};

interface Totals {
  registered: number;
  succeeded: number;
  failed: number;
  withdrawn: number;
}

function figures(t: Totals) {
  const mediated = t.succeeded + t.failed;
  return {
    registered: t.registered,
    mediated,
    succeeded: t.succeeded,
    failed: t.failed,
    withdrawn: t.withdrawn,
    successRate: rate(t.succeeded, mediated),
  };
}

const SUMS = `coalesce(sum(registered), 0) AS registered, coalesce(sum(succeeded), 0) AS succeeded,
  coalesce(sum(failed), 0) AS failed, coalesce(sum(withdrawn), 0) AS withdrawn`;

const toTotals = (r: Record<string, string>): Totals => ({
  registered: toSafeInteger(r.registered),
  succeeded: toSafeInteger(r.succeeded),
  failed: toSafeInteger(r.failed),
  withdrawn: toSafeInteger(r.withdrawn),
});

/** The mediation figures of a year, read from the rollup. */
@Injectable()
export class MediationReportQuery {
  /** The mediation section of the annual report, with committees in place at the year's end. */
  async section(em: EntityManager, district: string, year: number, timeZone: string) {
    const [row] = await em.query(`SELECT ${SUMS} FROM mediation_rollup WHERE district = $1 AND year = $2`, [district, year]);
    const committeeRows: { kind: string; count: string }[] = await em.query(
      `SELECT kind, count(*) AS count FROM mediation_committees
        WHERE district = $1 AND established_at < (make_timestamp($2 + 1, 1, 1, 0, 0, 0) AT TIME ZONE $3)
        GROUP BY kind ORDER BY kind`,
      [district, year, timeZone],
    );
    const committeesByKind = Object.fromEntries(committeeRows.map((r) => [r.kind, toSafeInteger(r.count)]));
    return { ...figures(toTotals(row)), committeesByKind };
  }

  /** The same figures broken down by one dimension; months 1–12 are always all present. */
  async breakdown(em: EntityManager, district: string, year: number, by: MediationDimension) {
    const column = COLUMN[by];
    const rows: Record<string, string>[] = await em.query(
      `SELECT ${column} AS key, ${SUMS} FROM mediation_rollup WHERE district = $1 AND year = $2 GROUP BY ${column} ORDER BY ${column}`,
      [district, year],
    );
    const found = new Map(rows.map((r) => [String(r.key), toTotals(r)]));
    const keys = by === 'month' ? Array.from({ length: 12 }, (_, i) => String(i + 1)) : [...found.keys()];
    const zero: Totals = { registered: 0, succeeded: 0, failed: 0, withdrawn: 0 };
    return keys.map((key) => ({ [by]: by === 'month' ? Number(key) : key, ...figures(found.get(key) ?? zero) }));
  }
}
