import { ApiErrors, ReplyLike, respond } from '@casetrack/platform';
import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DistrictUnitView } from '../../queries/get-unit/district-unit.view';
import { RegisterUnitDto } from './register-unit.dto';
import { RegisterUnitHandler } from './register-unit.handler';

@ApiTags('units')
@Controller('v1/units')
export class RegisterUnitController {
  constructor(private readonly handler: RegisterUnitHandler) {}

  @Post()
  @ApiOperation({ summary: 'Register a district unit (区级单位, status active); 409 when an active unit has the name' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' })
  @ApiCreatedResponse({ type: DistrictUnitView, description: 'The new unit (a replay answers the first response)' })
  @ApiErrors(400, 409)
  async execute(@Body() dto: RegisterUnitDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    return respond(reply, await this.handler.execute(dto, key));
  }
}
