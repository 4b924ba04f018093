import { ApiErrors, CLOCK, Clock, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ReviewRepository } from '../../persistence/review.repository';
import { ReviewView, toReviewView } from './review.view';

@ApiTags('reviews')
@Controller('v1/reviews')
export class GetReviewController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One review, with its deadline and whether it is due soon, overdue or was decided late' })
  @ApiOkResponse({ type: ReviewView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const review = await this.reviews.findById(this.dataSource.manager, id);
    if (!review) throw new NotFoundError('review', id);
    return toReviewView(review, this.config.timeZone, this.clock.now());
  }
}
