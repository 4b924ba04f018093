import { toSafeInteger } from '@casetrack/persistence';
import { SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { rate } from '../annual-report/rate';
import { EntityManager } from 'typeorm';
import { coverageAtYearEnd } from './legal-affairs-coverage';
import { LEGAL_AFFAIRS_COUNTERS, LegalAffairsCounter } from './legal-affairs-facts';
import { columnOf } from './legal-affairs-rollup.projection';

export const LEGAL_AFFAIRS_DIMENSIONS = ['unit', 'month'] as const;
export type LegalAffairsDimension = (typeof LEGAL_AFFAIRS_DIMENSIONS)[number];

type Totals = Record<LegalAffairsCounter, number>;

const SUMS = LEGAL_AFFAIRS_COUNTERS.map((c) => `coalesce(sum(${columnOf(c)}), 0) AS "${c}"`).join(', ');
const toTotals = (r: Record<string, string> | undefined): Totals =>
  Object.fromEntries(LEGAL_AFFAIRS_COUNTERS.map((c) => [c, toSafeInteger(r?.[c] ?? 0)])) as Totals;

/** The figures of a set of cells, in the section's order; adviserWork is the work records of every kind. */
function figures(t: Totals) {
  return {
    agendaMeetings: t.agendaMeetings,
    coordinationGroupsEstablished: t.coordinationGroupsEstablished,
    coordinationGroupsDissolved: t.coordinationGroupsDissolved,
    committeeMeetings: t.committeeMeetings,
    committeeFirstMeetings: t.committeeFirstMeetings,
    documentsSubmitted: t.documentsSubmitted,
    documentsReviewed: t.documentsReviewed,
    documentsNormative: t.documentsNormative,
    documentsFiled: t.documentsFiled,
    filedFoundUnlawfulOrRevoked: t.filedFoundUnlawfulOrRevoked,
    cleanupReviewed: t.cleanupReviewed,
    cleanupKept: t.cleanupKept,
    cleanupAmended: t.cleanupAmended,
    cleanupRepealed: t.cleanupRepealed,
    contractsSubmitted: t.contractsSubmitted,
    contractsReviewed: t.contractsReviewed,
    investmentContractsReviewed: t.investmentContractsReviewed,
    engagementsStarted: t.engagementsStarted,
    engagementsEnded: t.engagementsEnded,
    adviserWork: t.adviserContractWork + t.adviserCasesRepresented + t.adviserSpecialServices,
    adviserContractWork: t.adviserContractWork,
    adviserCasesRepresented: t.adviserCasesRepresented,
    adviserSpecialServices: t.adviserSpecialServices,
  };
}

/** The legal-affairs figures of a year, read from the rollup. */
@Injectable()
export class LegalAffairsReportQuery {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  /** The legalAffairs section of the annual report, with the advisers' coverage of the units at the year's end. */
  async section(em: EntityManager, district: string, year: number) {
    const [row] = await em.query(`SELECT ${SUMS} FROM legal_affairs_rollup WHERE district = $1 AND year = $2`, [district, year]);
    // The units at the year's last second in the district time zone, as GET /v1/adviser-coverage?at= counts an instant (and the drill-through lists them).
    const { units, covered } = await coverageAtYearEnd(em, district, year, this.config.timeZone);
    return { ...figures(toTotals(row)), unitsAtYearEnd: units, unitsWithAdviser: covered, adviserCoverage: rate(covered, units) };
  }

  /** The figures by unit (the units with any figure that year; meetings belong to none) or by month (all 12). */
  async breakdown(em: EntityManager, district: string, year: number, by: LegalAffairsDimension) {
    const rows: Record<string, string>[] = await em.query(
      `SELECT ${by} AS key, ${SUMS} FROM legal_affairs_rollup WHERE district = $1 AND year = $2 ${by === 'unit' ? `AND unit <> ''` : ''}
        GROUP BY ${by} ORDER BY ${by}`,
      [district, year],
    );
    const found = new Map(rows.map((r) => [String(r.key), toTotals(r)]));
    const keys = by === 'month' ? Array.from({ length: 12 }, (_, i) => String(i + 1)) : [...found.keys()];
    return keys.map((key) => ({ [by]: by === 'month' ? Number(key) : key, ...figures(found.get(key) ?? toTotals(undefined)) }));
  }
}
