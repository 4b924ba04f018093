import { Injectable } from '@nestjs/common';
import { endEngagement } from '../../domain/engagement';
import { engagementEnded } from '../../domain/engagement-events';
import { EngagementCommandRunner } from '../engagement-command.runner';
import { EndEngagementDto } from './end-engagement.dto';

/** Ends an engagement and publishes legalaffairs.adviser.engagement-ended. */
@Injectable()
export class EndEngagementHandler {
  constructor(private readonly runner: EngagementCommandRunner) {}

  execute(id: string, dto: EndEngagementDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/engagements/:id/end', id, idempotencyKey, dto, (x, now) => endEngagement(x, { endedAt: new Date(dto.endedAt) }, now), engagementEnded);
  }
}
