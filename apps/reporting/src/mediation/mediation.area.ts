import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReportArea } from '../projections/report-area';
import { MEDIATION_DIMENSIONS, MediationDimension, MediationReportQuery } from './mediation-report.query';
import { MediationRollupProjection } from './mediation-rollup.projection';

/** 人民调解: disputes mediated, succeeded, the success rate, committees by kind. */
@Injectable()
export class MediationArea implements ReportArea {
  readonly area = 'mediation';
  readonly sectionKey = 'mediation';
  readonly dimensions = MEDIATION_DIMENSIONS;

  constructor(
    readonly projection: MediationRollupProjection,
    private readonly query: MediationReportQuery,
  ) {}

  section(em: EntityManager, q: { district: string; year: number; timeZone: string }) {
    return this.query.section(em, q.district, q.year, q.timeZone);
  }

  breakdown(em: EntityManager, q: { district: string; year: number; by: string }) {
    return this.query.breakdown(em, q.district, q.year, q.by as MediationDimension);
  }
}

export const MEDIATION_AREA_PROVIDERS = [MediationRollupProjection, MediationReportQuery, MediationArea];
