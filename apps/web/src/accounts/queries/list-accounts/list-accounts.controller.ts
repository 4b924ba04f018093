import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AdminOnly } from '../../../sessions/session.guard';
import { toAccountView } from '../../domain/account';
import { AccountRepository } from '../../persistence/account.repository';
import { AccountListView } from './account.view';
import { WebRoute } from '../../web-route.decorator';

@WebRoute()
@AdminOnly()
@ApiTags('accounts')
@Controller('api/accounts')
export class ListAccountsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every account by username (admin only)' })
  @ApiOkResponse({ type: AccountListView })
  async list() {
    return { items: (await this.accounts.list(this.dataSource.manager)).map(toAccountView) };
  }
}
