import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { EngagementRepository } from '../../persistence/engagement.repository';
import { toWorkRecordView, WorkRecordListView } from '../get-engagement/engagement.view';

@ApiTags('engagements')
@Controller('v1/engagements')
export class ListWorkRecordsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engagements: EngagementRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id/work-records')
  @ApiOperation({ summary: "An engagement's work records, in the order the work was done" })
  @ApiOkResponse({ type: WorkRecordListView })
  @ApiErrors(400, 404)
  async list(@UuidParam('id') id: string) {
    // One snapshot, so the records match the engagement's workRecordCount.
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      if (!(await this.engagements.findById(em, id))) throw new NotFoundError('engagement', id);
      return { items: (await this.engagements.workOf(em, id)).map((w) => toWorkRecordView(w, this.config.timeZone)) };
    });
  }
}
