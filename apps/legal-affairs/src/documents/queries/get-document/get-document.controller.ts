import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DocumentRepository } from '../../persistence/document.repository';
import { DocumentView, toDocumentView } from './document.view';

@ApiTags('documents')
@Controller('v1/documents')
export class GetDocumentController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One document under legality review' })
  @ApiOkResponse({ type: DocumentView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.documents.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('document', id);
    return toDocumentView(found, this.config.timeZone);
  }
}
