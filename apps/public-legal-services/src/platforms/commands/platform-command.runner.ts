import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { Platform } from '../domain/platform';
import { PlatformRepository } from '../persistence/platform.repository';
import { PlatformView, toPlatformView } from '../queries/platform.view';

/** How platforms change (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class PlatformCommandRunner extends CaseCommands<Platform, PlatformView> {
  constructor(runner: CommandRunner, platforms: PlatformRepository) {
    super(runner, platforms, { view: (p) => toPlatformView(p, runner.timeZone) });
  }
}
