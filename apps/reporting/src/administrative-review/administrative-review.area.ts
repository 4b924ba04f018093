import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReportArea } from '../projections/report-area';
import { ADMIN_REVIEW_DIMENSIONS, AdminReviewDimension, AdminReviewReportQuery } from './admin-review-report.query';
import { AdminReviewProjection } from './admin-review.projection';
import { LITIGATION_DIMENSIONS, LitigationDimension, LitigationReportQuery } from './litigation-report.query';

/**
 * 行政复议: applications received, accepted (受理复议), rejected, concluded (审结) by decision, the
 * correction rate, decisions made late, and accepted reviews still undecided past their deadline at
 * the year's end.
 */
@Injectable()
export class AdministrativeReviewArea implements ReportArea {
  readonly area = 'administrative-review';
  readonly sectionKey = 'administrativeReview';
  readonly dimensions = ADMIN_REVIEW_DIMENSIONS;

  constructor(
    readonly projection: AdminReviewProjection,
    private readonly query: AdminReviewReportQuery,
  ) {}

  section(em: EntityManager, q: { district: string; year: number; timeZone: string }) {
    return this.query.section(em, q.district, q.year, q.timeZone);
  }

  breakdown(em: EntityManager, q: { district: string; year: number; by: string }) {
    return this.query.breakdown(em, q.district, q.year, q.by as AdminReviewDimension);
  }
}

/**
 * 行政应诉: lawsuits against district agencies, hearings, and the agency heads who appeared in court
 * (出庭应诉率). Its events share the admin-review topic, so it shares that area's projection instance
 * (app.module registers each projection once).
 */
@Injectable()
export class LitigationArea implements ReportArea {
  readonly area = 'litigation';
  readonly sectionKey = 'litigation';
  readonly dimensions = LITIGATION_DIMENSIONS;

  constructor(
    readonly projection: AdminReviewProjection,
    private readonly query: LitigationReportQuery,
  ) {}

  section(em: EntityManager, q: { district: string; year: number }) {
    return this.query.section(em, q.district, q.year);
  }

  breakdown(em: EntityManager, q: { district: string; year: number; by: string }) {
    return this.query.breakdown(em, q.district, q.year, q.by as LitigationDimension);
  }
}

export const ADMIN_REVIEW_AREA_PROVIDERS = [AdminReviewProjection, AdminReviewReportQuery, LitigationReportQuery, AdministrativeReviewArea, LitigationArea];
