import { ApiErrors, ReplyLike, respond, Roles } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateCommitteeDto } from './create-committee.dto';
import { CreateCommitteeHandler } from './create-committee.handler';
import { CommitteeView } from '../../queries/list-committees/committee.view';

// Setting up a committee is the bureau's decision, not a clerk's.
@Roles('admin')
@ApiTags('committees')
@Controller('v1/committees')
export class CreateCommitteeController {
  constructor(private readonly handler: CreateCommitteeHandler) {}

  @Post()
  @ApiOperation({ summary: 'Register a mediation committee or station (admin only)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: CommitteeView, description: 'The registered committee' })
  @ApiErrors(400, 409)
  async create(@Body() dto: CreateCommitteeDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
