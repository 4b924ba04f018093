import { toSafeInteger } from '@casetrack/persistence';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { rate } from '../annual-report/rate';
import { LEGAL_EDUCATION_COLUMNS, LegalEducationColumn } from './legal-education-facts';
import { columnOf } from './legal-education-rollup.projection';

export const LEGAL_EDUCATION_DIMENSIONS = ['unit', 'month'] as const;
export type LegalEducationDimension = (typeof LEGAL_EDUCATION_DIMENSIONS)[number];

type Totals = Record<LegalEducationColumn, number>;

const SUMS = LEGAL_EDUCATION_COLUMNS.map((c) => `coalesce(sum(${columnOf(c)}), 0) AS "${c}"`).join(', ');
const toTotals = (r: Record<string, string> | undefined): Totals =>
  Object.fromEntries(LEGAL_EDUCATION_COLUMNS.map((c) => [c, toSafeInteger(r?.[c] ?? 0)])) as Totals;

/**
 * The figures of a set of cells, in the section's order, with the rates computed from the counts
 * (participation = sat / expected, pass = passed / sat, each survey rate = its answers / respondents).
 */
function figures(t: Totals) {
  return {
    enforcementSessions: t.enforcementSessions,
    enforcementTrained: t.enforcementTrained,
    enforcementPassed: t.enforcementPassed,
    enforcementPassRate: rate(t.enforcementPassed, t.enforcementTrained),
    newlyPromotedSessions: t.newlyPromotedSessions,
    newlyPromotedExpected: t.newlyPromotedExpected,
    newlyPromotedSat: t.newlyPromotedSat,
    newlyPromotedPassed: t.newlyPromotedPassed,
    newlyPromotedParticipationRate: rate(t.newlyPromotedSat, t.newlyPromotedExpected),
    newlyPromotedPassRate: rate(t.newlyPromotedPassed, t.newlyPromotedSat),
    annualSessions: t.annualSessions,
    annualExpected: t.annualExpected,
    annualSat: t.annualSat,
    annualPassed: t.annualPassed,
    annualCityUniversity: t.annualCityUniversity,
    annualParticipationRate: rate(t.annualSat, t.annualExpected),
    annualPassRate: rate(t.annualPassed, t.annualSat),
    mediaItems: t.mediaItems,
    nationalMediaItems: t.nationalMediaItems,
    contests: t.contests,
    partyRegulationContests: t.partyRegulationContests,
    constitutionContests: t.constitutionContests,
    contestParticipants: t.contestParticipants,
    worksReleased: t.worksReleased,
    microVideos: t.microVideos,
    constitutionMicroVideos: t.constitutionMicroVideos,
    worksAwarded: t.worksAwarded,
    nationalThirdPrizes: t.nationalThirdPrizes,
    cityThirdPrizes: t.cityThirdPrizes,
    publicityActivities: t.publicityActivities,
    caseExplanations: t.caseExplanations,
    surveys: t.surveys,
    surveyRespondents: t.surveyRespondents,
    surveyAwarenessRate: rate(t.surveyAware, t.surveyRespondents),
    surveyParticipationRate: rate(t.surveyParticipated, t.surveyRespondents),
    surveySatisfactionRate: rate(t.surveySatisfied, t.surveyRespondents),
    villagesAssessed: t.villagesAssessed,
    villagesMeetingStandard: t.villagesMeetingStandard,
  };
}

/** The legal-education figures of a year, read from the rollup. */
@Injectable()
export class LegalEducationReportQuery {
  /** The legalEducation section of the annual report. */
  async section(em: EntityManager, district: string, year: number) {
    const [row] = await em.query(`SELECT ${SUMS} FROM legal_education_rollup WHERE district = $1 AND year = $2`, [district, year]);
    return figures(toTotals(row));
  }

  /** The figures by unit (the units and villages with any figure that year) or by month (all 12). */
  async breakdown(em: EntityManager, district: string, year: number, by: LegalEducationDimension) {
    const rows: Record<string, string>[] = await em.query(
      `SELECT ${by} AS key, ${SUMS} FROM legal_education_rollup WHERE district = $1 AND year = $2 ${by === 'unit' ? `AND unit <> ''` : ''}
        GROUP BY ${by} ORDER BY ${by}`,
      [district, year],
    );
    const found = new Map(rows.map((r) => [String(r.key), toTotals(r)]));
    const keys = by === 'month' ? Array.from({ length: 12 }, (_, i) => String(i + 1)) : [...found.keys()];
    return keys.map((key) => ({ [by]: by === 'month' ? Number(key) : key, ...figures(found.get(key) ?? toTotals(undefined)) }));
  }
}
