import { ApiErrors, UuidParam } from '@casetrack/platform';
import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../../../sessions/session.guard';
import { AccountView } from '../../queries/list-accounts/account.view';
import { WebRoute } from '../../web-route.decorator';
import { EnableAccountHandler } from './enable-account.handler';

@WebRoute()
@AdminOnly()
@ApiTags('accounts')
@Controller('api/accounts')
export class EnableAccountController {
  constructor(private readonly handler: EnableAccountHandler) {}

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled account again (admin only): it signs in with the password it had; an enabled one stays as it is' })
  @ApiOkResponse({ type: AccountView, description: 'The account as it now stands' })
  @ApiErrors(400, 404)
  enable(@UuidParam('id') id: string) {
    return this.handler.execute(id);
  }
}
