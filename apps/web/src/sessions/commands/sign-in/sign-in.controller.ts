import { DomainError, Public, ReplyLike } from '@casetrack/platform';
import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { WEB_CONFIG, WebConfig } from '../../../config';
import { sessionCookie } from '../../session-cookie';
import { sameOrigin, servedOverTls, WebRequest } from '../../web-request';
import { SignInDto } from './sign-in.dto';
import { SignInHandler, SignInThrottledError } from './sign-in.handler';

// No session yet, so no CSRF token: a cross-site sign-in is stopped by the Origin check, and by
// the JSON-only body (a form cannot send application/json without a preflight).
@Public()
@ApiTags('session')
@Controller('api/session')
export class SignInController {
  constructor(
    private readonly handler: SignInHandler,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with username and password: sets the session cookie; 401 用户名或密码错误; 429 with Retry-After after repeated failures' })
  async signIn(@Body() dto: SignInDto, @Req() request: WebRequest, @Res({ passthrough: true }) reply: ReplyLike) {
    if (!sameOrigin(request)) throw new DomainError('SESSION.FOREIGN_ORIGIN', 'the request comes from another origin than this app', 'forbidden');
    try {
      const { token, view } = await this.handler.execute(dto, request.ip);
      reply.header('Set-Cookie', sessionCookie(token, this.config.sessionMaxHours * 3600, servedOverTls(request, this.config.cookieSecure)));
      reply.header('Cache-Control', 'no-store');
      return view;
    } catch (err) {
      if (err instanceof SignInThrottledError) reply.header('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
  }
}
