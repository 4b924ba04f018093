import { ApiErrors, ReplyLike, respond, UuidParam } from '@casetrack/platform';
import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { closePlatform, registerPlatform, standardisePlatform } from '../domain/platform';
import { platformClosed, platformRegistered, platformStandardised } from '../domain/platform-events';
import { PlatformView } from '../queries/platform.view';
import { PlatformCommandRunner } from './platform-command.runner';
import { ClosePlatformDto, RegisterPlatformDto, StandardisePlatformDto } from './platform-commands.dto';

const IDEMPOTENCY = { name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' } as const;

@ApiTags('platforms')
@Controller('v1/platforms')
export class PlatformCommandsController {
  constructor(private readonly runner: PlatformCommandRunner) {}

  @Post()
  @ApiOperation({ summary: 'Register a public legal service platform (the centre, a station or a room; status registered)' })
  @ApiHeader(IDEMPOTENCY)
  @ApiCreatedResponse({ type: PlatformView, description: 'The new platform (a replay answers the first response)' })
  @ApiErrors(400)
  async register(@Body() dto: RegisterPlatformDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    const response = await this.runner.create(
      'POST /v1/platforms', key, dto,
      (now) => registerPlatform({ id: this.runner.newId(), level: dto.level, name: dto.name, registeredAt: new Date(dto.registeredAt) }, now),
      platformRegistered,
    );
    return respond(reply, response);
  }

  @Post(':id/standardisation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the platform completed its standardisation (规范化建设; status standardised); 409 unless registered' })
  @ApiHeader(IDEMPOTENCY)
  @ApiOkResponse({ type: PlatformView, description: 'The standardised platform' })
  @ApiErrors(400, 404, 409)
  async standardise(@UuidParam('id') id: string, @Body() dto: StandardisePlatformDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    const response = await this.runner.change('POST /v1/platforms/:id/standardisation', id, key, dto, (p, now) => standardisePlatform(p, { standardisedAt: new Date(dto.standardisedAt) }, now), platformStandardised);
    return respond(reply, response);
  }

  @Post(':id/closure')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the platform closed (status closed); 409 when already closed' })
  @ApiHeader(IDEMPOTENCY)
  @ApiOkResponse({ type: PlatformView, description: 'The closed platform' })
  @ApiErrors(400, 404, 409)
  async close(@UuidParam('id') id: string, @Body() dto: ClosePlatformDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    const response = await this.runner.change('POST /v1/platforms/:id/closure', id, key, dto, (p, now) => closePlatform(p, { closedAt: new Date(dto.closedAt) }, now), platformClosed);
    return respond(reply, response);
  }
}
