import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { MediaItemRepository } from '../../persistence/media-item.repository';
import { MediaItemView, toMediaItemView } from '../get-media-item/media-item.view';
import { ListMediaItemsQuery } from './list-media-items.query';

@ApiTags('media-items')
@Controller('v1/media-items')
export class ListMediaItemsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: MediaItemRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Media items by level and adoptedAt, earliest first, paged by cursor' })
  @ApiPageResponse(MediaItemView)
  @ApiErrors(400)
  async list(@Query() q: ListMediaItemsQuery) {
    const page = await this.rows.list(this.dataSource.manager, {
      level: q.level,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: parseLimit(q.limit),
      cursor: q.cursor,
    });
    return { items: page.items.map((x) => toMediaItemView(x, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
