import { ADMINISTRATIVE_MATTERS, APPEARED_ROLES } from '@casetrack/contracts';
import { toSafeInteger } from '@casetrack/persistence';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { rate } from '../annual-report/rate';

export const LITIGATION_DIMENSIONS = ['defendantAgency', 'matter', 'month'] as const;
export type LitigationDimension = (typeof LITIGATION_DIMENSIONS)[number];

const COLUMN: Record<LitigationDimension, string> = { defendantAgency: 'defendant_agency', matter: 'matter', month: 'month' };

/** Values always listed in a breakdown, zeros included; agencies are listed as found. */
const KEYS: Record<LitigationDimension, readonly string[]> = {
  defendantAgency: [],
  matter: ADMINISTRATIVE_MATTERS,
  month: Array.from({ length: 12 }, (_, i) => String(i + 1)),
};

const SUMS = `coalesce(sum(filed), 0) AS filed, coalesce(sum(hearings), 0) AS hearings,
  coalesce(sum(government_leader_appearances), 0) AS government_leader, coalesce(sum(agency_head_appearances), 0) AS agency_head,
  coalesce(sum(judged), 0) AS judged, coalesce(sum(judgments_supervised), 0) AS judgments_supervised,
  coalesce(sum(supervisions_concluded), 0) AS supervisions_concluded, coalesce(sum(suggestions_received), 0) AS suggestions_received,
  coalesce(sum(suggestions_supervised), 0) AS suggestions_supervised, coalesce(sum(suggestions_answered), 0) AS suggestions_answered`;

/**
 * The litigation figures: appearances are hearings with the head present, by role; the rate is over
 * hearings. Then the follow-up: judgments whose performance was supervised (督促履行生效法院判决,
 * by the supervision's start) and judicial suggestions received, supervised (督办司法建议) and answered.
 */
function figures(r: Record<string, string> | undefined) {
  const byRole = { 'government-leader': toSafeInteger(r?.government_leader), 'agency-head': toSafeInteger(r?.agency_head) };
  const headAppearances = APPEARED_ROLES.reduce((sum, role) => sum + byRole[role], 0);
  const hearings = toSafeInteger(r?.hearings);
  return {
    filed: toSafeInteger(r?.filed),
    hearings,
    headAppearances,
    byRole,
    appearanceRate: rate(headAppearances, hearings),
    judged: toSafeInteger(r?.judged),
    judgmentsSupervised: toSafeInteger(r?.judgments_supervised),
    supervisionsConcluded: toSafeInteger(r?.supervisions_concluded),
    suggestionsReceived: toSafeInteger(r?.suggestions_received),
    suggestionsSupervised: toSafeInteger(r?.suggestions_supervised),
    suggestionsAnswered: toSafeInteger(r?.suggestions_answered),
  };
}

/** The litigation (行政应诉) figures of a year, read from the rollup. */
@Injectable()
export class LitigationReportQuery {
  /** The litigation section: lawsuits filed, hearings, head appearances by role and the appearance rate (出庭应诉率). */
  async section(em: EntityManager, district: string, year: number) {
    const [row] = await em.query(`SELECT ${SUMS} FROM litigation_rollup WHERE district = $1 AND year = $2`, [district, year]);
    return figures(row);
  }

  /** The same figures broken down by one dimension. */
  async breakdown(em: EntityManager, district: string, year: number, by: LitigationDimension) {
    const column = COLUMN[by];
    const rows: Record<string, string>[] = await em.query(
      `SELECT ${column} AS key, ${SUMS} FROM litigation_rollup WHERE district = $1 AND year = $2 GROUP BY ${column} ORDER BY ${column}`,
      [district, year],
    );
    const found = new Map(rows.map((r) => [String(r.key), r]));
    const keys = [...KEYS[by], ...[...found.keys()].filter((k) => !KEYS[by].includes(k))];
    return keys.map((key) => ({ [by]: by === 'month' ? Number(key) : key, ...figures(found.get(key)) }));
  }
}
