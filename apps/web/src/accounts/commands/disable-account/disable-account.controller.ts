import { ApiErrors, UuidParam } from '@casetrack/platform';
import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentSession } from '../../../sessions/session.guard';
import { SignedIn } from '../../../sessions/web-request';
import { AccountView } from '../../queries/list-accounts/account.view';
import { WebRoute } from '../../web-route.decorator';
import { DisableAccountHandler } from './disable-account.handler';

@WebRoute()
@AdminOnly()
@ApiTags('accounts')
@Controller('api/accounts')
export class DisableAccountController {
  constructor(private readonly handler: DisableAccountHandler) {}

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable an account and end its sessions (admin only); 409 for your own account and for the last enabled admin' })
  @ApiOkResponse({ type: AccountView, description: 'The account as it now stands' })
  @ApiErrors(400, 404, 409)
  disable(@UuidParam('id') id: string, @CurrentSession() { account }: SignedIn) {
    return this.handler.execute(id, account.id);
  }
}
