import { REPORT_AREA_DEFINITIONS } from '../areas/report-areas';
import { AreaFigures } from './area-figures';

export type { AreaFigures, DimensionKind } from './area-figures';

/** Every area's count figures, keyed by the area's name in the URL (each area's definition holds its own). */
export const FIGURE_CATALOG: Readonly<Record<string, AreaFigures>> = Object.fromEntries(REPORT_AREA_DEFINITIONS.map((a) => [a.area, a.drillThrough]));
