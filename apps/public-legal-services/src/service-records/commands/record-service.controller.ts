import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ServiceRecordView } from '../queries/service-record.view';
import { RecordServiceDto } from './record-service.dto';
import { ServiceRecordCommandRunner } from './service-record-command.runner';

@ApiTags('service-records')
@Controller('v1/service-records')
export class RecordServiceController {
  constructor(private readonly runner: ServiceRecordCommandRunner) {}

  @Post()
  @ApiOperation({ summary: 'Record a service given at a platform (persons served by channel and kind); 404 for an unknown platform, 409 at a closed one' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: ServiceRecordView, description: 'The new record (a replay answers the first response)' })
  @ApiErrors(400, 404, 409)
  async execute(@Body() dto: RecordServiceDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    const response = await this.runner.record(key, dto, dto.platformId, {
      channel: dto.channel, kind: dto.kind, persons: dto.persons, servedAt: new Date(dto.servedAt), note: dto.note ?? null,
    });
    return respond(reply, response);
  }
}
