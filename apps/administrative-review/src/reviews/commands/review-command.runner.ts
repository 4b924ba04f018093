import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { Review } from '../domain/review';
import { ReviewRepository } from '../persistence/review.repository';
import { ReviewView, toReviewView } from '../queries/get-review/review.view';

/**
 * The one way reviews change (the platform's command runner): the Idempotency-Key, the review's
 * row and its event in one statement. The answer's "days left" are counted at the command's time.
 */
@Injectable()
export class ReviewCommandRunner extends CaseCommands<Review, ReviewView> {
  constructor(runner: CommandRunner, reviews: ReviewRepository) {
    super(runner, reviews, { view: (r, now) => toReviewView(r, runner.timeZone, now) });
  }
}
