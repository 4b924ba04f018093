import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReportArea } from '../projections/report-area';
import { LEGAL_AID_DIMENSIONS, LegalAidDimension, LegalAidReportQuery } from './legal-aid-report.query';
import { LegalAidRollupProjection } from './legal-aid-rollup.projection';

/**
 * 法律援助: applications, acceptances (受理援助案件), refusals, closures, the money recovered or
 * obtained for clients, and the median days from application to acceptance. By applicantGroup, a
 * case with several groups counts in each of them, so those rows may add up to more than the totals.
 */
@Injectable()
export class LegalAidArea implements ReportArea {
  readonly area = 'legal-aid';
  readonly sectionKey = 'legalAid';
  readonly dimensions = LEGAL_AID_DIMENSIONS;

  constructor(
    readonly projection: LegalAidRollupProjection,
    private readonly query: LegalAidReportQuery,
  ) {}

  section(em: EntityManager, q: { district: string; year: number }) {
    return this.query.section(em, q.district, q.year);
  }

  breakdown(em: EntityManager, q: { district: string; year: number; by: string }) {
    return this.query.breakdown(em, q.district, q.year, q.by as LegalAidDimension);
  }
}

export const LEGAL_AID_AREA_PROVIDERS = [LegalAidRollupProjection, LegalAidReportQuery, LegalAidArea];
