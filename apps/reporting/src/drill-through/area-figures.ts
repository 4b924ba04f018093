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
}

/** A dimension whose values are one of `values` (several per case when `multi`). */
export const oneOf = (values: readonly string[], multi = false): DimensionKind => ({ kind: 'enum', values, multi });
/** A dimension holding the month (1–12) of the business time. */
export const month: DimensionKind = { kind: 'month' };
/** A dimension holding free text (an agency's name). */
export const text: DimensionKind = { kind: 'text' };
/** Figures that each count the fact figure of their own name. */
export const each = (...names: string[]): Record<string, readonly string[]> => Object.fromEntries(names.map((n) => [n, [n]]));
