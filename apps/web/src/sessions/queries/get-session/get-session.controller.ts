import { Public } from '@casetrack/platform';
import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentSession, OpenBeforePasswordChange, SessionGuard } from '../../session.guard';
import { SignedIn } from '../../web-request';
import { toSessionView } from './session.view';

// The web app's routes carry a session cookie, not a bearer token: the platform's token check stands aside.
@Public()
@UseGuards(SessionGuard)
@ApiTags('session')
@Controller('api/session')
export class GetSessionController {
  @Get()
  @OpenBeforePasswordChange()
  @ApiOperation({ summary: 'Who is signed in, and the CSRF token of the session (401 without a live session)' })
  get(@CurrentSession() { account, session }: SignedIn) {
    return toSessionView(account, session.csrfToken);
  }
}
