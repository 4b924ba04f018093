import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { MediaItem } from '../domain/media-item';
import { MediaItemRepository } from '../persistence/media-item.repository';
import { MediaItemView, toMediaItemView } from '../queries/get-media-item/media-item.view';

/** How media items are recorded (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class MediaItemCommandRunner extends CaseCommands<MediaItem, MediaItemView> {
  constructor(runner: CommandRunner, rows: MediaItemRepository) {
    super(runner, rows, { view: (x) => toMediaItemView(x, runner.timeZone) });
  }
}
