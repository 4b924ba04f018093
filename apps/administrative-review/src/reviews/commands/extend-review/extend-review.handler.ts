import { Injectable } from '@nestjs/common';
import { extendReview } from '../../domain/review';
import { reviewExtended } from '../../domain/review-events';
import { ReviewCommandRunner } from '../review-command.runner';
import { ExtendReviewDto } from './extend-review.dto';

/** Extends a review's deadline (once) and publishes adminreview.review.extended. */
@Injectable()
export class ExtendReviewHandler {
  constructor(private readonly runner: ReviewCommandRunner) {}

  execute(id: string, dto: ExtendReviewDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/reviews/:id/extension',
      id,
      idempotencyKey,
      dto,
      (r, now) => extendReview(r, { extendedAt: new Date(dto.extendedAt), days: dto.days }, this.runner.timeZone, now),
      reviewExtended,
    );
  }
}
