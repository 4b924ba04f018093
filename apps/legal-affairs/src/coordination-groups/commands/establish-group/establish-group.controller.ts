import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CoordinationGroupView } from '../../queries/get-group/coordination-group.view';
import { EstablishGroupDto } from './establish-group.dto';
import { EstablishGroupHandler } from './establish-group.handler';

@ApiTags('coordination-groups')
@Controller('v1/coordination-groups')
export class EstablishGroupController {
  constructor(private readonly handler: EstablishGroupHandler) {}

  @Post()
  @ApiOperation({ summary: "Record that the rule-of-law committee set up a coordination group (协调小组, status active)" })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: CoordinationGroupView, description: 'The new group (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: EstablishGroupDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
