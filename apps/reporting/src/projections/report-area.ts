import { EntityManager } from 'typeorm';
import { AreaProjection } from './area-projection';
import { AreaDefinition, SectionRequest } from './define-area';

/**
 * One area of the report (mediation, legal aid, …) bound to its Nest providers: the projection
 * that keeps its rollups, its section of the annual report and its breakdowns. Built from the
 * area definitions (areas/report-areas.ts) in app.module.
 */
export interface ReportArea {
  /** Name in the URL: /v1/reports/annual/{year}/{area}. */
  readonly area: string;
  /** Key of its section in the annual report JSON. */
  readonly sectionKey: string;
  readonly projection: AreaProjection;
  /** Values accepted by ?by= for this area. */
  readonly dimensions: readonly string[];
  section(em: EntityManager, q: SectionRequest): Promise<unknown>;
  breakdown(em: EntityManager, q: SectionRequest & { by: string }): Promise<unknown[]>;
}

export const REPORT_AREAS = Symbol('REPORT_AREAS');

/** An area definition bound to its projection and query instances. */
export function bindArea<Q>(definition: AreaDefinition<Q>, projection: AreaProjection, query: Q): ReportArea {
  return {
    area: definition.area,
    sectionKey: definition.sectionKey,
    projection,
    dimensions: definition.dimensions,
    section: (em, q) => definition.section(query, em, q),
    // The controller checked `by` against the area's dimensions.
    breakdown: (em, q) => definition.breakdown(query, em, q),
  };
}
