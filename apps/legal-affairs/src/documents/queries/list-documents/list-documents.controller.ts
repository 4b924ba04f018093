import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DocumentRepository } from '../../persistence/document.repository';
import { DocumentView, toDocumentView } from '../get-document/document.view';
import { ListDocumentsQuery } from './list-documents.query';

@ApiTags('documents')
@Controller('v1/documents')
export class ListDocumentsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Documents by status and unit, oldest submission first, paged by cursor' })
  @ApiPageResponse(DocumentView)
  @ApiErrors(400)
  async list(@Query() q: ListDocumentsQuery) {
    const page = await this.documents.list(this.dataSource.manager, { status: q.status, unit: q.unit, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((d) => toDocumentView(d, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
