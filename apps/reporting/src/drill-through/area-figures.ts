import { EntityManager } from 'typeorm';

/** How a dimension's value in a query is checked and matched against a fact's dimensions. */
export type DimensionKind =
  | { kind: 'enum'; values: readonly string[]; multi?: boolean }
  | { kind: 'month' }
  | { kind: 'text' };

/** The count figures of one report area that can be opened, and the dimensions they can be narrowed by. */
export interface AreaFigures {
  /** Figure as named in the report section → the fact figures it counts (mediated = succeeded + failed). */
  figures: Readonly<Record<string, readonly string[]>>;
  /** The area's breakdown dimensions (the values of ?by=). A multi dimension holds several values per case. */
  dimensions: Readonly<Record<string, DimensionKind>>;
  /** For figures whose unit is part of a case (a hearing): the item field naming that part, read from the slot `<prefix>:<id>`. */
  parts?: Readonly<Record<string, string>>;
  /**
   * Figures whose units are not figure facts (the registry's units at the year's end), each with
   * the reader that lists them; their entry in `figures` names no fact figure. They have no
   * breakdown, so no dimension narrows them.
   */
  lists?: Readonly<Record<string, ListReader>>;
}

/** One counted unit of a figure: its case, the events that put it there, and the part of the case when the unit is one (a hearing). */
export interface DrillThroughItem {
  caseId: string;
  eventIds: string[];
  [part: string]: string | string[];
}

/** A figure's total (equal to the figure) and one page of its units. */
export interface DrillThroughPage {
  total: number;
  items: DrillThroughItem[];
  nextCursor: string | null;
}

/** Lists the units of a figure that are not figure facts, by case id (the drill-through's key and cursor), in one snapshot (`em`'s). */
export type ListReader = (
  em: EntityManager,
  q: { district: string; year: number; timeZone: string },
  page: { limit: number; cursor?: string },
) => Promise<DrillThroughPage>;

/** A dimension whose values are one of `values` (several per case when `multi`). */
export const oneOf = (values: readonly string[], multi = false): DimensionKind => ({ kind: 'enum', values, multi });
/** A dimension holding the month (1–12) of the business time. */
export const month: DimensionKind = { kind: 'month' };
/** A dimension holding free text (an agency's name). */
export const text: DimensionKind = { kind: 'text' };
/** Figures that each count the fact figure of their own name. */
export const each = (...names: string[]): Record<string, readonly string[]> => Object.fromEntries(names.map((n) => [n, [n]]));
