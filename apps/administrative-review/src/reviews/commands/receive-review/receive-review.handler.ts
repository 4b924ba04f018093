import { Injectable } from '@nestjs/common';
import { receiveReview } from '../../domain/review';
import { reviewReceived } from '../../domain/review-events';
import { ReviewCommandRunner } from '../review-command.runner';
import { ReceiveReviewDto } from './receive-review.dto';

/** Registers an application for review and publishes adminreview.review.received. */
@Injectable()
export class ReceiveReviewHandler {
  constructor(private readonly runner: ReviewCommandRunner) {}

  execute(dto: ReceiveReviewDto, idempotencyKey?: string) {
    return this.runner.create(
      'POST /v1/reviews',
      idempotencyKey,
      dto,
      (now) => receiveReview({ ...dto, id: this.runner.newId(), receivedAt: new Date(dto.receivedAt) }, now),
      reviewReceived,
    );
  }
}
