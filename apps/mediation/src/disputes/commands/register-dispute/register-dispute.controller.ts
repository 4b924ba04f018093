import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RegisterDisputeDto } from './register-dispute.dto';
import { RegisterDisputeHandler } from './register-dispute.handler';
import { DisputeView } from '../../queries/get-dispute/dispute.view';

@ApiTags('disputes')
@Controller('v1/disputes')
export class RegisterDisputeController {
  constructor(private readonly handler: RegisterDisputeHandler) {}

  @Post()
  @ApiOperation({ summary: 'Log a dispute received by a committee (status registered)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: DisputeView, description: 'The registered dispute (a replay answers the first response)' })
  @ApiErrors(400)
  async register(@Body() dto: RegisterDisputeDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
