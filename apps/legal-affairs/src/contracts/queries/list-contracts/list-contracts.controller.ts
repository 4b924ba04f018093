import { ApiErrors, ApiPageResponse, parseLimit, SERVICE_CONFIG, ServiceConfig } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ContractRepository } from '../../persistence/contract.repository';
import { ContractView, toContractView } from '../get-contract/contract.view';
import { ListContractsQuery } from './list-contracts.query';

@ApiTags('contracts')
@Controller('v1/contracts')
export class ListContractsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: ContractRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Government contracts by status and kind, oldest submission first, paged by cursor' })
  @ApiPageResponse(ContractView)
  @ApiErrors(400)
  async list(@Query() q: ListContractsQuery) {
    const page = await this.contracts.list(this.dataSource.manager, { status: q.status, kind: q.kind, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((c) => toContractView(c, this.config.timeZone)), nextCursor: page.nextCursor };
  }
}
