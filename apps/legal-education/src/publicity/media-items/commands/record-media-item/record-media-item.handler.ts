import { Injectable } from '@nestjs/common';
import { recordMediaItem } from '../../domain/media-item';
import { mediaItemRecorded } from '../../domain/media-item-events';
import { MediaItemCommandRunner } from '../media-item-command.runner';
import { RecordMediaItemDto } from './record-media-item.dto';

/** Records a media item and publishes legaleducation.media-item.adopted. */
@Injectable()
export class RecordMediaItemHandler {
  constructor(private readonly runner: MediaItemCommandRunner) {}

  execute(dto: RecordMediaItemDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/media-items', idempotencyKey, dto, (now) => recordMediaItem({ ...dto, id: this.runner.newId(), adoptedAt: new Date(dto.adoptedAt) }, now), mediaItemRecorded);
  }
}
