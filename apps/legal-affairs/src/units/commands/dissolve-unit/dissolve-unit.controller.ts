import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DistrictUnitView } from '../../queries/get-unit/district-unit.view';
import { DissolveUnitDto } from './dissolve-unit.dto';
import { DissolveUnitHandler } from './dissolve-unit.handler';

@ApiTags('units')
@Controller('v1/units')
export class DissolveUnitController {
  constructor(private readonly handler: DissolveUnitHandler) {}

  @Post(':id/dissolution')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that a district unit was dissolved or merged away (status dissolved); 409 unless active' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiOkResponse({ type: DistrictUnitView, description: 'The dissolved unit' })
  @ApiErrors(400, 404, 409)
  async execute(
    @UuidParam('id') id: string,
    @Body() dto: DissolveUnitDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: ReplyLike,
  ) {
    return respond(reply, await this.handler.execute(id, dto, key));
  }
}
