import { CaseCommands, CommandResponse, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { Engagement, recordWork } from '../domain/engagement';
import { workRecorded } from '../domain/engagement-events';
import { EngagementRepository } from '../persistence/engagement.repository';
import { EngagementView, toEngagementView, toWorkRecordView, WorkRecordedView } from '../queries/get-engagement/engagement.view';

/**
 * The one way engagements change (the platform's command runner): the Idempotency-Key, the
 * engagement's row, a work record's row and the event in one statement.
 */
@Injectable()
export class EngagementCommandRunner extends CaseCommands<Engagement, EngagementView> {
  constructor(
    runner: CommandRunner,
    private readonly engagements: EngagementRepository,
  ) {
    super(runner, engagements, { view: (e) => toEngagementView(e, runner.timeZone) });
  }

  /** Records a piece of work under the engagement `id` (201 with the record and the engagement after it). */
  recordWork(
    id: string,
    key: string | undefined,
    body: unknown,
    input: { kind: Parameters<typeof recordWork>[1]['kind']; performedAt: Date },
  ): Promise<CommandResponse<WorkRecordedView>> {
    const scope = 'POST /v1/engagements/:id/work-records';
    return this.runner.change(this.engagements, id, { scope: `${scope} ${id}`, key, body }, (current, now, ctx) => {
      const { engagement, work } = recordWork(current, { id: this.runner.newId(), ...input }, now);
      return {
        row: engagement,
        events: [workRecorded(engagement, work, ctx())],
        also: [this.engagements.workRow(work)],
        status: 201,
        body: { workRecord: toWorkRecordView(work, this.timeZone), engagement: toEngagementView(engagement, this.timeZone) },
      };
    });
  }
}
