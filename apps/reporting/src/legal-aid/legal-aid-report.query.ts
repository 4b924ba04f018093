import { APPLICANT_GROUPS, LEGAL_AID_CASE_TYPES, LEGAL_AID_CHANNELS, LEGAL_AID_MATTERS } from '@casetrack/contracts';
import { toSafeInteger } from '@casetrack/persistence';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { moneyFigures, toFen } from '../annual-report/money';

export const LEGAL_AID_DIMENSIONS = ['applicantGroup', 'caseType', 'matter', 'channel', 'month'] as const;
export type LegalAidDimension = (typeof LEGAL_AID_DIMENSIONS)[number];

/** Where each dimension lives: applicant groups have their own table (a case counts once per group). */
const SOURCE: Record<LegalAidDimension, { table: string; column: string; keys: readonly string[] }> = {
  applicantGroup: { table: 'legal_aid_group_rollup', column: 'applicant_group', keys: APPLICANT_GROUPS },
  caseType: { table: 'legal_aid_rollup', column: 'case_type', keys: LEGAL_AID_CASE_TYPES },
  matter: { table: 'legal_aid_rollup', column: 'matter', keys: LEGAL_AID_MATTERS },
  channel: { table: 'legal_aid_rollup', column: 'channel', keys: LEGAL_AID_CHANNELS },
  month: { table: 'legal_aid_rollup', column: 'month', keys: Array.from({ length: 12 }, (_, i) => String(i + 1)) },
};

interface Totals {
  applied: number;
  accepted: number;
  rejected: number;
  assigned: number;
  closed: number;
  benefitFen: bigint;
}

const SUMS = `coalesce(sum(applied), 0) AS applied, coalesce(sum(accepted), 0) AS accepted, coalesce(sum(rejected), 0) AS rejected,
  coalesce(sum(assigned), 0) AS assigned, coalesce(sum(closed), 0) AS closed, coalesce(sum(benefit_fen), 0) AS benefit_fen`;

// PostgreSQL sums into numeric and pg returns it as text: counts read as safe integers, the benefit
// (a numeric column: no count of cases can overflow it) exactly as a BigInt, never a float.
const toTotals = (r: Record<string, string>): Totals => ({
  applied: toSafeInteger(r.applied),
  accepted: toSafeInteger(r.accepted),
  rejected: toSafeInteger(r.rejected),
  assigned: toSafeInteger(r.assigned),
  closed: toSafeInteger(r.closed),
  benefitFen: toFen(r.benefit_fen),
});

/** The totals as the report shows them: benefitFen a number while exact (else null), benefitFenText and benefitYuan exact text always. */
const figures = ({ benefitFen, ...counts }: Totals) => ({ ...counts, ...moneyFigures('benefit', benefitFen) });

/**
 * The median of a histogram of whole numbers (value → count): the middle value, or the mean of the
 * two middle values for an even count (so it may end in .5); null when the histogram is empty.
 */
export function medianOfHistogram(histogram: readonly { value: number; count: number }[]): number | null {
  const sorted = [...histogram].filter((h) => h.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((s, h) => s + h.count, 0);
  if (n === 0) return null;
  const valueAt = (index: number) => {
    let seen = 0;
    for (const h of sorted) {
      seen += h.count;
      if (index < seen) return h.value;
    }
    throw new Error('unreachable: index beyond the histogram');
  };
  return (valueAt(Math.floor((n - 1) / 2)) + valueAt(Math.floor(n / 2))) / 2;
}

/** The legal aid figures of a year, read from its rollups. */
@Injectable()
export class LegalAidReportQuery {
  /** The legalAid section: totals from the totals rollup (never the group table) and the median days to acceptance. */
  async section(em: EntityManager, district: string, year: number) {
    const [row] = await em.query(`SELECT ${SUMS} FROM legal_aid_rollup WHERE district = $1 AND year = $2`, [district, year]);
    const histogram: { days: number; acceptances: string }[] = await em.query(
      `SELECT days, acceptances FROM legal_aid_acceptance_days WHERE district = $1 AND year = $2`,
      [district, year],
    );
    const medianDaysToAcceptance = medianOfHistogram(histogram.map((h) => ({ value: h.days, count: toSafeInteger(h.acceptances) })));
    return { ...figures(toTotals(row)), medianDaysToAcceptance };
  }

  /** The figures broken down by one dimension; every value of the dimension is present, with zeros. */
  async breakdown(em: EntityManager, district: string, year: number, by: LegalAidDimension) {
    const { table, column, keys } = SOURCE[by];
    const rows: Record<string, string>[] = await em.query(
      `SELECT ${column} AS key, ${SUMS} FROM ${table} WHERE district = $1 AND year = $2 GROUP BY ${column} ORDER BY ${column}`,
      [district, year],
    );
    const found = new Map(rows.map((r) => [String(r.key), toTotals(r)]));
    const empty: Totals = { applied: 0, accepted: 0, rejected: 0, assigned: 0, closed: 0, benefitFen: 0n };
    return keys.map((key) => ({ [by]: by === 'month' ? Number(key) : key, ...figures(found.get(key) ?? empty) }));
  }
}
