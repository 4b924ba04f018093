import { Injectable } from '@nestjs/common';
import { rejectReview } from '../../domain/review';
import { reviewRejected } from '../../domain/review-events';
import { ReviewCommandRunner } from '../review-command.runner';
import { RejectReviewDto } from './reject-review.dto';

/** Declines an application and publishes adminreview.review.rejected (without the reason). */
@Injectable()
export class RejectReviewHandler {
  constructor(private readonly runner: ReviewCommandRunner) {}

  execute(id: string, dto: RejectReviewDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/reviews/:id/rejection',
      id,
      idempotencyKey,
      dto,
      (r, now) => rejectReview(r, { rejectedAt: new Date(dto.rejectedAt), reason: dto.reason }, now),
      reviewRejected,
    );
  }
}
