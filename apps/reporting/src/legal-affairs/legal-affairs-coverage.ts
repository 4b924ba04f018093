import { toSafeInteger } from '@casetrack/persistence';
import { keysetPage, SqlWhere } from '@casetrack/platform';
import { EntityManager } from 'typeorm';
import { DrillThroughItem, ListReader } from '../drill-through/area-figures';
import { FACT_KEY } from '../drill-through/drill-through.request';

/** The slot of every coverage item: a unit of the registry is its own case. */
const UNIT_SLOT = 'unit';

/**
 * The district's units active at the year's last second in the district time zone (registered at
 * or before it, not dissolved by then), one row per name, as GET /v1/adviser-coverage?at= counts
 * them (decision 57): the unit (its name), case_id (the first of the registry's cases of that name
 * active then: one, unless a name was registered again with an earlier date), covered (an
 * engagement of that unit name was running then), the units' registration events and the running
 * engagements with their start events. The section counts these rows; the drill-through lists them,
 * so the figure and its list cannot disagree. `p` holds the placeholders of district, year and zone.
 */
export function unitsAtYearEndSql(p: { district: string; year: string; timeZone: string }): string {
  return `SELECT u.unit, u.case_id, '${UNIT_SLOT}'::text AS slot, e.engagement_ids IS NOT NULL AS covered, u.event_ids AS unit_event_ids,
         coalesce(e.engagement_ids, '{}') AS engagement_ids, coalesce(e.event_ids, '{}') AS engagement_event_ids
    FROM (
      SELECT r.unit, at.t, (array_agg(r.case_id ORDER BY r.case_id))[1] AS case_id,
             coalesce(array_agg(r.start_event_id ORDER BY r.registered_at, r.case_id) FILTER (WHERE r.start_event_id IS NOT NULL), '{}') AS event_ids
        FROM legal_affairs_units r, (SELECT make_timestamptz(${p.year}::int + 1, 1, 1, 0, 0, 0, ${p.timeZone}::text) - interval '1 second' AS t) AS at
       WHERE r.district = ${p.district} AND r.registered_at <= at.t AND (r.dissolved_at IS NULL OR r.dissolved_at > at.t)
       GROUP BY r.unit, at.t
    ) AS u
    LEFT JOIN LATERAL (
      SELECT array_agg(g.case_id ORDER BY g.started_at, g.case_id) AS engagement_ids,
             array_agg(g.start_event_id ORDER BY g.started_at, g.case_id) FILTER (WHERE g.start_event_id IS NOT NULL) AS event_ids
        FROM legal_affairs_engagements g
       WHERE g.district = ${p.district} AND g.unit = u.unit AND g.started_at <= u.t AND (g.ended_at IS NULL OR g.ended_at > u.t)
    ) AS e ON true`;
}

/** unitsAtYearEnd and unitsWithAdviser of a district's year. */
export async function coverageAtYearEnd(em: EntityManager, district: string, year: number, timeZone: string): Promise<{ units: number; covered: number }> {
  const [row] = await em.query(
    `SELECT count(*)::int AS units, (count(*) FILTER (WHERE covered))::int AS covered FROM (${unitsAtYearEndSql({ district: '$1', year: '$2', timeZone: '$3' })}) AS units`,
    [district, year, timeZone],
  );
  return { units: toSafeInteger(row.units), covered: toSafeInteger(row.covered) };
}

interface UnitRow {
  case_id: string;
  slot: string;
  unit: string;
  unit_event_ids: string[];
  engagement_ids: string[];
  engagement_event_ids: string[];
}

/**
 * The drill-through of the coverage: one item per unit name counted, by case id (the figure
 * facts' key, so the cursor is the same), carrying the unit's name; for the covered units also the
 * engagements running then, whose start events follow the registration among its events.
 */
function coverageList(coveredOnly: boolean): ListReader {
  return async (em, q, page) => {
    const where = new SqlWhere();
    const from = `(${unitsAtYearEndSql({ district: where.param(q.district), year: where.param(q.year), timeZone: where.param(q.timeZone) })}) AS units`;
    if (coveredOnly) where.add('covered');
    const [{ total }] = await em.query(`SELECT count(*)::int AS total FROM ${from} ${where.sql}`, where.params);
    const rows = await keysetPage<UnitRow & Record<string, unknown>>(em, {
      select: 'case_id, slot, unit, unit_event_ids, engagement_ids, engagement_event_ids', from, where, key: FACT_KEY, cursor: page.cursor, limit: page.limit,
    });
    const items = rows.rows.map((r): DrillThroughItem => {
      const item: DrillThroughItem = { caseId: r.case_id, eventIds: coveredOnly ? [...r.unit_event_ids, ...r.engagement_event_ids] : r.unit_event_ids, unit: r.unit };
      if (coveredOnly) item.engagementIds = r.engagement_ids;
      return item;
    });
    return { total: toSafeInteger(total), items, nextCursor: rows.nextCursor };
  };
}

/** The coverage figures' lists for the area's drill-through (`AreaFigures.lists`). */
export const COVERAGE_LISTS: Readonly<Record<string, ListReader>> = {
  unitsAtYearEnd: coverageList(false),
  unitsWithAdviser: coverageList(true),
};
