import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReportArea } from '../projections/report-area';
import { FILE_REVIEW_DIMENSIONS, FileReviewDimension, FileReviewReportQuery } from './file-review-report.query';
import { FileReviewRollupProjection } from './file-review-rollup.projection';

/** 行政执法案卷评查: files reviewed, the average score, grades, problems by category, the procedure share. */
@Injectable()
export class FileReviewArea implements ReportArea {
  readonly area = 'file-review';
  readonly sectionKey = 'fileReview';
  readonly dimensions = FILE_REVIEW_DIMENSIONS;

  constructor(
    readonly projection: FileReviewRollupProjection,
    private readonly query: FileReviewReportQuery,
  ) {}

  section(em: EntityManager, q: { district: string; year: number }) {
    return this.query.section(em, q.district, q.year);
  }

  breakdown(em: EntityManager, q: { district: string; year: number; by: string }) {
    return this.query.breakdown(em, q.district, q.year, q.by as FileReviewDimension);
  }
}

export const FILE_REVIEW_AREA_PROVIDERS = [FileReviewRollupProjection, FileReviewReportQuery, FileReviewArea];
