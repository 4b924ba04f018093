import { respond, ReplyLike } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplyForAidDto } from './apply-for-aid.dto';
import { ApplyForAidHandler } from './apply-for-aid.handler';

@ApiTags('cases')
@Controller('v1/cases')
export class ApplyForAidController {
  constructor(private readonly handler: ApplyForAidHandler) {}

  @Post()
  @ApiOperation({ summary: 'Register an application for legal aid (status applied); the answer shows personal data masked' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  async apply(@Body() dto: ApplyForAidDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
