import { Injectable } from '@nestjs/common';
import { decideReview } from '../../domain/review';
import { reviewConcluded } from '../../domain/review-events';
import { ReviewCommandRunner } from '../review-command.runner';
import { DecideReviewDto } from './decide-review.dto';

/** Records the review decision and publishes adminreview.review.concluded. */
@Injectable()
export class DecideReviewHandler {
  constructor(private readonly runner: ReviewCommandRunner) {}

  execute(id: string, dto: DecideReviewDto, idempotencyKey?: string) {
    return this.runner.change(
      'POST /v1/reviews/:id/decision',
      id,
      idempotencyKey,
      dto,
      (r, now) => decideReview(r, { decidedAt: new Date(dto.decidedAt), decision: dto.decision }, now),
      reviewConcluded,
    );
  }
}
