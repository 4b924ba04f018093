import { EntityManager } from 'typeorm';
import { AreaProjection } from './area-projection';

/**
 * One case area of the report (mediation, legal aid, …): the projection that keeps its rollups,
 * its section of the annual report and its breakdowns. Areas are registered in app.module.
 */
export interface ReportArea {
  /** Name in the URL: /v1/reports/annual/{year}/{area}. */
  readonly area: string;
  /** Key of its section in the annual report JSON. */
  readonly sectionKey: string;
  readonly projection: AreaProjection;
  /** Values accepted by ?by= for this area. */
  readonly dimensions: readonly string[];
  section(em: EntityManager, q: { district: string; year: number; timeZone: string }): Promise<unknown>;
  breakdown(em: EntityManager, q: { district: string; year: number; timeZone: string; by: string }): Promise<unknown[]>;
}

export const REPORT_AREAS = Symbol('REPORT_AREAS');
