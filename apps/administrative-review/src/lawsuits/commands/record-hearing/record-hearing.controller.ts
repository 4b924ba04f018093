import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecordHearingDto } from './record-hearing.dto';
import { RecordHearingHandler } from './record-hearing.handler';
import { HearingView } from '../../queries/get-lawsuit/lawsuit.view';

@ApiTags('lawsuits')
@Controller('v1/lawsuits')
export class RecordHearingController {
  constructor(private readonly handler: RecordHearingHandler) {}

  @Post(':id/hearings')
  @ApiOperation({ summary: 'Record a hearing of an open lawsuit and whether the agency head appeared; 409 once the lawsuit is closed' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: HearingView, description: 'The recorded hearing' })
  @ApiErrors(400, 404, 409)
  async record(
    @UuidParam('id') id: string,
    @Body() dto: RecordHearingDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
