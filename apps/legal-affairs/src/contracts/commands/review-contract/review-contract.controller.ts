import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReviewContractDto } from './review-contract.dto';
import { ReviewContractHandler } from './review-contract.handler';
import { ContractView } from '../../queries/get-contract/contract.view';

@ApiTags('contracts')
@Controller('v1/contracts')
export class ReviewContractController {
  constructor(private readonly handler: ReviewContractHandler) {}

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the legality review of a contract (status reviewed); 409 unless submitted' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: ContractView, description: 'The reviewed contract' })
  @ApiErrors(400, 404, 409)
  async execute(
    @UuidParam('id') id: string,
    @Body() dto: ReviewContractDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
