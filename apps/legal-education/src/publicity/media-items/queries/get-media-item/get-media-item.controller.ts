import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { MediaItemRepository } from '../../persistence/media-item.repository';
import { MediaItemView, toMediaItemView } from './media-item.view';

@ApiTags('media-items')
@Controller('v1/media-items')
export class GetMediaItemController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: MediaItemRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One media item' })
  @ApiOkResponse({ type: MediaItemView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.rows.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('media-item', id);
    return toMediaItemView(found, this.config.timeZone);
  }
}
