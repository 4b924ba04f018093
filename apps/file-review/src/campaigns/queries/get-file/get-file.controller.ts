import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { FileRepository } from '../../persistence/file.repository';
import { FileView, toFileView } from './file.view';

@ApiTags('files')
@Controller('v1/files')
export class GetFileController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: FileRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One pooled file, with its review once reviewed' })
  @ApiOkResponse({ type: FileView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const file = await this.files.findById(this.dataSource.manager, id);
    if (!file) throw new NotFoundError('file', id);
    return toFileView(file, this.config.timeZone);
  }
}
