import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplyForAidDto } from './apply-for-aid.dto';
import { ApplyForAidHandler } from './apply-for-aid.handler';
import { CaseView } from '../../queries/get-case/case.view';

@ApiTags('cases')
@Controller('v1/cases')
export class ApplyForAidController {
  constructor(private readonly handler: ApplyForAidHandler) {}

  @Post()
  @ApiOperation({ summary: 'Register an application for legal aid (status applied); the answer shows personal data masked' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: CaseView, description: 'The registered application, personal data masked (a replay answers the first response)' })
  @ApiErrors(400)
  async apply(@Body() dto: ApplyForAidDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
