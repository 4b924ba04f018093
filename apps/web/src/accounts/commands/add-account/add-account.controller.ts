import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminOnly } from '../../../sessions/session.guard';
import { WebRoute } from '../../web-route.decorator';
import { AddAccountDto } from './add-account.dto';
import { AddAccountHandler } from './add-account.handler';

@WebRoute()
@AdminOnly()
@ApiTags('accounts')
@Controller('api/accounts')
export class AddAccountController {
  constructor(private readonly handler: AddAccountHandler) {}

  @Post()
  @ApiOperation({ summary: 'Add an account (admin only): answers its one-time password, to be changed at the first sign-in' })
  add(@Body() dto: AddAccountDto) {
    return this.handler.execute(dto);
  }
}
