import { ApiErrors, assertMayActFor, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DisputeRepository } from '../../persistence/dispute.repository';
import { DisputeView, toDisputeView } from './dispute.view';

@ApiTags('disputes')
@Controller('v1/disputes')
export class GetDisputeController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly disputes: DisputeRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One dispute' })
  @ApiOkResponse({ type: DisputeView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const dispute = await this.disputes.findById(this.dataSource.manager, id);
    if (!dispute) throw new NotFoundError('dispute', id);
    assertMayActFor(dispute.committeeCode);
    return toDisputeView(dispute, this.config.timeZone);
  }
}
