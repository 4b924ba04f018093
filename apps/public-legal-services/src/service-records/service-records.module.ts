import { Module } from '@nestjs/common';
import { PlatformsModule } from '../platforms/platforms.module';
import { RecordServiceController } from './commands/record-service.controller';
import { ServiceRecordCommandRunner } from './commands/service-record-command.runner';
import { ServiceRecordRepository } from './persistence/service-record.repository';
import { ServiceRecordQueriesController } from './queries/service-record-queries.controller';

/** The services given at the platforms (persons served, by channel and kind). */
@Module({
  imports: [PlatformsModule],
  controllers: [RecordServiceController, ServiceRecordQueriesController],
  providers: [ServiceRecordRepository, ServiceRecordCommandRunner],
})
export class ServiceRecordsModule {}
