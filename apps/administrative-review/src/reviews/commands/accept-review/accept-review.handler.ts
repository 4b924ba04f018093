import { Injectable } from '@nestjs/common';
import { acceptReview } from '../../domain/review';
import { reviewAccepted } from '../../domain/review-events';
import { ReviewCommandRunner } from '../review-command.runner';
import { AcceptReviewDto } from './accept-review.dto';

/** Accepts an application, sets its deadline and publishes adminreview.review.accepted. */
@Injectable()
export class AcceptReviewHandler {
  constructor(private readonly runner: ReviewCommandRunner) {}

  execute(id: string, dto: AcceptReviewDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/reviews/:id/acceptance',
      id,
      idempotencyKey,
      dto,
      (r, now) => acceptReview(r, { acceptedAt: new Date(dto.acceptedAt) }, this.runner.timeZone, now),
      reviewAccepted,
    );
  }
}
