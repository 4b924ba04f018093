import { ApiErrors, InvalidInputError } from '@casetrack/platform';
import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly, CurrentSession } from '../../../sessions/session.guard';
import { SignedIn } from '../../../sessions/web-request';
import { OneTimePasswordView } from '../../queries/list-accounts/account.view';
import { WebRoute } from '../../web-route.decorator';
import { AddAccountDto } from './add-account.dto';
import { AddAccountHandler } from './add-account.handler';
import { MediationCommittees } from './mediation-committees';

@WebRoute()
@AdminOnly()
@ApiTags('accounts')
@Controller('api/accounts')
export class AddAccountController {
  constructor(
    private readonly handler: AddAccountHandler,
    private readonly committees: MediationCommittees,
  ) {}

  // The committee check is the admin page's, not the handler's: the operators' CLI may add a clerk
  // before the mediation service runs or has the committee (the browser tests' stack does).
  @Post()
  @ApiOperation({
    summary: 'Add an account (admin only): answers its one-time password, to be changed at the first sign-in',
    description: 'A mediation-clerk\'s unit must be the code of a committee of the mediation service (400 ACCOUNT.UNKNOWN_UNIT otherwise; 503 when that service cannot be asked).',
  })
  @ApiCreatedResponse({ type: OneTimePasswordView, description: 'The account and its one-time password, shown this once' })
  @ApiErrors(400, 409, 503)
  async add(@Body() dto: AddAccountDto, @CurrentSession() { account }: SignedIn) {
    if (dto.role === 'mediation-clerk' && dto.unit !== undefined && !(await this.committees.exists(dto.unit, account)))
      throw new InvalidInputError('ACCOUNT.UNKNOWN_UNIT', 'unit', `unit: no mediation committee has the code ${dto.unit}`);
    return this.handler.execute(dto);
  }
}
