import { ApiErrors, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ContractRepository } from '../../persistence/contract.repository';
import { ContractView, toContractView } from './contract.view';

@ApiTags('contracts')
@Controller('v1/contracts')
export class GetContractController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: ContractRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One government contract under legality review' })
  @ApiOkResponse({ type: ContractView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.contracts.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('contract', id);
    return toContractView(found, this.config.timeZone);
  }
}
