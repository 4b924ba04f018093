import { Public } from '@casetrack/platform';
import { applyDecorators, UseGuards } from '@nestjs/common';
import { SessionGuard } from '../sessions/session.guard';

/** A web route: it carries a session cookie, not a bearer token, so the platform's token check stands aside for SessionGuard. */
export const WebRoute = () => applyDecorators(Public(), UseGuards(SessionGuard));
