import { Injectable } from '@nestjs/common';
import { recordActivity } from '../../domain/activity';
import { activityRecorded } from '../../domain/activity-events';
import { ActivityCommandRunner } from '../activity-command.runner';
import { RecordActivityDto } from './record-activity.dto';

/** Records a activity and publishes legaleducation.publicity-activity.recorded. */
@Injectable()
export class RecordActivityHandler {
  constructor(private readonly runner: ActivityCommandRunner) {}

  execute(dto: RecordActivityDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/publicity-activities', idempotencyKey, dto, (now) => recordActivity({ ...dto, id: this.runner.newId(), heldAt: new Date(dto.heldAt) }, now), activityRecorded);
  }
}
