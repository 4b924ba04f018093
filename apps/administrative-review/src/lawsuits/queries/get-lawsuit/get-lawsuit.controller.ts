import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { LawsuitRepository } from '../../persistence/lawsuit.repository';
import { LawsuitView, toLawsuitView } from './lawsuit.view';

@ApiTags('lawsuits')
@Controller('v1/lawsuits')
export class GetLawsuitController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lawsuits: LawsuitRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One lawsuit with its hearings, its judgment-performance supervision and its judicial suggestions' })
  @ApiOkResponse({ type: LawsuitView, description: 'With its hearings and judicial suggestions' })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    // One snapshot, so the hearings match the lawsuit's hearingCount.
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const lawsuit = await this.lawsuits.findById(em, id);
      if (!lawsuit) throw new NotFoundError('lawsuit', id);
      const hearings = await this.lawsuits.hearingsOf(em, id);
      return toLawsuitView(lawsuit, this.config.timeZone, { hearings, suggestions: await this.lawsuits.suggestionsOf(em, id) });
    });
  }
}
