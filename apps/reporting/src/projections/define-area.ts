import { Type } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AreaFigures } from '../drill-through/area-figures';
import { AreaProjection } from './area-projection';

type Json = Record<string, any>;

/** What a section is read for: a district's year, counted in the district time zone. */
export interface SectionRequest {
  district: string;
  year: number;
  timeZone: string;
}

/**
 * Everything the report knows of one area, in the area's own folder: its projection and query
 * (Nest providers), its section of the annual report and its breakdowns, the count figures the
 * drill-through opens, which journalled figures each derived figure is computed from, its Chinese
 * labels and its prose. A new area is one definition, listed once in areas/report-areas.ts.
 */
export interface AreaDefinition<Q = unknown, D extends string = string> {
  /** Name in the URL: /v1/reports/annual/{year}/{area}; also the area of its figure facts and journal entries. */
  readonly area: string;
  /** Key of its section in the annual report JSON. */
  readonly sectionKey: string;
  /** The section's Chinese name in the report's table. */
  readonly label: string;
  /** The projection keeping its rollups; areas sharing a topic share one projection class (one instance). */
  readonly projection: Type<AreaProjection>;
  /** The provider reading its rollups. */
  readonly query: Type<Q>;
  /** Values accepted by ?by= for this area. */
  readonly dimensions: readonly D[];
  section(query: Q, em: EntityManager, q: SectionRequest): Promise<unknown>;
  breakdown(query: Q, em: EntityManager, q: SectionRequest & { by: D }): Promise<unknown[]>;
  /** The count figures that can be opened (drill-through) and the dimensions they can be narrowed by. */
  readonly drillThrough: AreaFigures;
  /**
   * The journalled figures each derived figure is computed from (by its path, or by the first part
   * of it: byDecision.upheld → byDecision), for "what changed since the filing". A figure not
   * listed is journalled under its own path.
   */
  readonly sources?: Readonly<Record<string, readonly string[]>>;
  /** Chinese names of its figures, by their path in the section (committeesByKind.tribunal). */
  readonly figureLabels?: Readonly<Record<string, string>>;
  /**
   * Its prose in the words of the published report, from its section (and the whole report, for an
   * area whose sentences read another's): one paragraph, or several. `continues`: the text goes on the paragraph of the area
   * before it instead of starting one, and is left out without it (litigation follows the review's
   * sentences).
   */
  readonly prose?: {
    text(section: Json, report: Json): string | readonly string[];
    continues?: boolean;
    /**
     * With `continues`: words that open the paragraph it continues, before the other area's (一(四)
     * says the public legal services' platforms, then legal aid's sentence, then the providers).
     */
    leads?(section: Json, report: Json): string;
  };
}

/** Declares a report area; the identity function, there to type-check the definition in one place. */
export function defineArea<Q, const D extends string>(definition: AreaDefinition<Q, D>): AreaDefinition<Q, D> {
  return definition;
}
