import { ApiErrors, ApiPageResponse, NotFoundError, parseLimit, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CampaignRepository } from '../../persistence/campaign.repository';
import { FileRepository } from '../../persistence/file.repository';
import { FileView, toFileView } from '../get-file/file.view';
import { ListFilesQuery } from './list-files.query';

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class ListFilesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CampaignRepository,
    private readonly files: FileRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id/files')
  @ApiOperation({ summary: 'A campaign\'s files by file number, paged by cursor; ?drawn=true for the sample only' })
  @ApiPageResponse(FileView)
  @ApiErrors(400, 404)
  async list(@UuidParam('id') id: string, @Query() q: ListFilesQuery) {
    const em = this.dataSource.manager;
    if (!(await this.campaigns.findById(em, id))) throw new NotFoundError('campaign', id);
    const page = await this.files.list(em, id, { drawn: q.drawn === undefined ? undefined : q.drawn === 'true', limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((f) => toFileView(f, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
