import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CoordinationGroupView } from '../../queries/get-group/coordination-group.view';
import { DissolveGroupDto } from './dissolve-group.dto';
import { DissolveGroupHandler } from './dissolve-group.handler';

@ApiTags('coordination-groups')
@Controller('v1/coordination-groups')
export class DissolveGroupController {
  constructor(private readonly handler: DissolveGroupHandler) {}

  @Post(':id/dissolution')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that a coordination group was dissolved (status dissolved); 409 unless active' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: CoordinationGroupView, description: 'The dissolved group' })
  @ApiErrors(400, 404, 409)
  async execute(
    @UuidParam('id') id: string,
    @Body() dto: DissolveGroupDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
