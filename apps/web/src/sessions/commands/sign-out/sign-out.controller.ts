import { Public, ReplyLike } from '@casetrack/platform';
import { Controller, Delete, HttpCode, Inject, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { WEB_CONFIG, WebConfig } from '../../../config';
import { SessionRepository } from '../../persistence/session.repository';
import { clearedSessionCookie } from '../../session-cookie';
import { CurrentSession, OpenBeforePasswordChange, SessionGuard } from '../../session.guard';
import { servedOverTls, SignedIn, WebRequest } from '../../web-request';

@Public()
@UseGuards(SessionGuard)
@ApiTags('session')
@Controller('api/session')
export class SignOutController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionRepository,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  @Delete()
  @HttpCode(204)
  @OpenBeforePasswordChange()
  @ApiOperation({ summary: 'Sign out: ends the session (needs X-CSRF-Token)' })
  async signOut(@CurrentSession() { session }: SignedIn, @Req() request: WebRequest, @Res({ passthrough: true }) reply: ReplyLike): Promise<void> {
    await this.sessions.delete(this.dataSource.manager, session.id);
    reply.header('Set-Cookie', clearedSessionCookie(servedOverTls(request, this.config.cookieSecure)));
  }
}
