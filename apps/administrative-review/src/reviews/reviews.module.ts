import { Module } from '@nestjs/common';
import { AcceptReviewController } from './commands/accept-review/accept-review.controller';
import { AcceptReviewHandler } from './commands/accept-review/accept-review.handler';
import { DecideReviewController } from './commands/decide-review/decide-review.controller';
import { DecideReviewHandler } from './commands/decide-review/decide-review.handler';
import { ExtendReviewController } from './commands/extend-review/extend-review.controller';
import { ExtendReviewHandler } from './commands/extend-review/extend-review.handler';
import { ReceiveReviewController } from './commands/receive-review/receive-review.controller';
import { ReceiveReviewHandler } from './commands/receive-review/receive-review.handler';
import { RejectReviewController } from './commands/reject-review/reject-review.controller';
import { RejectReviewHandler } from './commands/reject-review/reject-review.handler';
import { ReviewCommandRunner } from './commands/review-command.runner';
import { ReviewRepository } from './persistence/review.repository';
import { GetReviewController } from './queries/get-review/get-review.controller';
import { GetReviewPersonalDataController } from './queries/get-review-personal-data/get-review-personal-data.controller';
import { ListReviewsController } from './queries/list-reviews/list-reviews.controller';

@Module({
  controllers: [
    ReceiveReviewController, AcceptReviewController, RejectReviewController, ExtendReviewController, DecideReviewController,
    GetReviewController, GetReviewPersonalDataController, ListReviewsController,
  ],
  providers: [
    ReviewRepository, ReviewCommandRunner,
    ReceiveReviewHandler, AcceptReviewHandler, RejectReviewHandler, ExtendReviewHandler, DecideReviewHandler,
  ],
})
export class ReviewsModule {}
