import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentSession, OpenBeforePasswordChange } from '../../../sessions/session.guard';
import { SignedIn } from '../../../sessions/web-request';
import { WebRoute } from '../../web-route.decorator';
import { ChangePasswordDto } from './change-password.dto';
import { ChangePasswordHandler } from './change-password.handler';

@WebRoute()
@ApiTags('accounts')
@Controller('api/account/password')
export class ChangePasswordController {
  constructor(private readonly handler: ChangePasswordHandler) {}

  @Post()
  @HttpCode(204)
  @OpenBeforePasswordChange()
  @ApiOperation({ summary: 'Change your own password (current and new, at least 10 characters); ends your other sessions' })
  async change(@Body() dto: ChangePasswordDto, @CurrentSession() { account, session }: SignedIn): Promise<void> {
    await this.handler.execute(account, session.id, dto.currentPassword, dto.newPassword);
  }
}
