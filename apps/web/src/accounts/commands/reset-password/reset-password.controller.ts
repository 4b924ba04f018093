import { ApiErrors, UuidParam } from '@casetrack/platform';
import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../../../sessions/session.guard';
import { OneTimePasswordView } from '../../queries/list-accounts/account.view';
import { WebRoute } from '../../web-route.decorator';
import { ResetPasswordHandler } from './reset-password.handler';

@WebRoute()
@AdminOnly()
@ApiTags('accounts')
@Controller('api/accounts')
export class ResetPasswordController {
  constructor(private readonly handler: ResetPasswordHandler) {}

  @Post(':id/password-reset')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reset an account’s password (admin only): answers a one-time password and ends the account’s sessions' })
  @ApiOkResponse({ type: OneTimePasswordView, description: 'The account and its new one-time password, shown this once' })
  @ApiErrors(400, 404)
  reset(@UuidParam('id') id: string) {
    return this.handler.execute(id);
  }
}
