import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SubmitContractDto } from './submit-contract.dto';
import { SubmitContractHandler } from './submit-contract.handler';
import { ContractView } from '../../queries/get-contract/contract.view';

@ApiTags('contracts')
@Controller('v1/contracts')
export class SubmitContractController {
  constructor(private readonly handler: SubmitContractHandler) {}

  @Post()
  @ApiOperation({ summary: 'Register a government contract a unit submitted for legality review (status submitted)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: ContractView, description: 'The new record (a replay answers the first response)' })
  @ApiErrors(400)
  async execute(@Body() dto: SubmitContractDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
