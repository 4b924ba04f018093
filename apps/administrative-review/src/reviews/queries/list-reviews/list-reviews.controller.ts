import { ApiErrors, ApiPageResponse, CLOCK, Clock, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ReviewRepository } from '../../persistence/review.repository';
import { ReviewView, toReviewView } from '../get-review/review.view';
import { ListReviewsQuery } from './list-reviews.query';

@ApiTags('reviews')
@Controller('v1/reviews')
export class ListReviewsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Reviews by status, respondent agency or overdue, oldest receipt first, paged by cursor' })
  @ApiPageResponse(ReviewView)
  @ApiErrors(400)
  async list(@Query() q: ListReviewsQuery) {
    // One reading of the clock, so the filter and the derived fields of the page agree.
    const now = this.clock.now();
    const page = await this.reviews.list(this.dataSource.manager, {
      status: q.status,
      respondentAgency: q.respondentAgency,
      overdueAt: q.overdue === 'true' ? now : undefined,
      limit: parseLimit(q.limit),
      cursor: q.cursor,
    });
    return { items: page.items.map((r) => toReviewView(r, this.config.timeZone, now)), nextCursor: page.nextCursor };
  }
}
