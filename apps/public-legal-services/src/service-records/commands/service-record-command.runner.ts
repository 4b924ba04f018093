import { CaseCommands, CommandResponse, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { PlatformRepository } from '../../platforms/persistence/platform.repository';
import { recordService, ServiceInput, ServiceRecord, unknownPlatform } from '../domain/service-record';
import { serviceRecorded } from '../domain/service-record-events';
import { ServiceRecordRepository } from '../persistence/service-record.repository';
import { ServiceRecordView, toServiceRecordView } from '../queries/service-record.view';

/**
 * How services are recorded: in a transaction holding a share lock on the platform's row, so a
 * platform closing meanwhile waits for the record (or the record sees it closed).
 */
@Injectable()
export class ServiceRecordCommandRunner extends CaseCommands<ServiceRecord, ServiceRecordView> {
  constructor(
    runner: CommandRunner,
    private readonly records: ServiceRecordRepository,
    private readonly platforms: PlatformRepository,
  ) {
    super(runner, records, { view: (r) => toServiceRecordView(r, runner.timeZone) });
  }

  /** Records a service (201); 404 for an unknown platform, 409 at a closed one. */
  record(key: string | undefined, body: unknown, platformId: string, input: Omit<ServiceInput, 'id'>): Promise<CommandResponse<ServiceRecordView>> {
    return this.runner.inTransaction({ scope: 'POST /v1/service-records', key, body }, async (em, now, ctx) => {
      const platform = await this.platforms.findForShare(em, platformId);
      if (!platform) throw unknownPlatform(platformId);
      const record = recordService(platform, { id: this.runner.newId(), ...input }, now);
      await this.records.insert(em, record);
      return { events: [serviceRecorded(record, ctx())], status: 201, body: toServiceRecordView(record, this.timeZone) };
    });
  }
}
