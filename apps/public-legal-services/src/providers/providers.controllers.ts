import { PROVIDER_KINDS, PROVIDER_STATUSES, ProviderKind, ProviderStatus } from '@casetrack/contracts';
import {
  ApiErrors, ApiPageResponse, CaseCommands, CommandRunner, IsText, NotFoundError, PageQuery, parseLimit, ReplyLike, respond, SERVICE_CONFIG, ServiceConfig,
  TimestampField, UuidParam,
} from '@casetrack/platform';
import { Body, Controller, Get, Headers, HttpCode, Inject, Injectable, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { deregisterProvider, Provider, registerProvider } from './domain/provider';
import { providerDeregistered, providerRegistered } from './domain/provider-events';
import { ProviderRepository } from './persistence/provider.repository';
import { ProviderView, toProviderView } from './queries/provider.view';

const IDEMPOTENCY = { name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' } as const;

export class RegisterProviderDto {
  @ApiProperty({ enum: PROVIDER_KINDS, description: 'law-firm: 律师事务所; forensic-appraisal-institution: 司法鉴定所; notary-office: 公证处' })
  @IsIn(PROVIDER_KINDS)
  kind: ProviderKind;

  @ApiProperty({ description: "The provider's name (stays in this service; events never carry it)", example: '重庆市国信公证处', minLength: 1, maxLength: 200 })
  @IsText({ max: 200 })
  name: string;

  @TimestampField('From when the provider is registered in the district; it counts among the registered from then')
  registeredAt: string;
}

export class DeregisterProviderDto {
  @TimestampField('When the provider left the district\'s register (not before registeredAt)')
  deregisteredAt: string;
}

export class ListProvidersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROVIDER_KINDS })
  @IsOptional()
  @IsIn(PROVIDER_KINDS)
  kind?: ProviderKind;

  @ApiPropertyOptional({ enum: PROVIDER_STATUSES })
  @IsOptional()
  @IsIn(PROVIDER_STATUSES)
  status?: ProviderStatus;
}

@Injectable()
export class ProviderCommandRunner extends CaseCommands<Provider, ProviderView> {
  constructor(runner: CommandRunner, providers: ProviderRepository) {
    super(runner, providers, { view: (p) => toProviderView(p, runner.timeZone) });
  }
}

@ApiTags('providers')
@Controller('v1/providers')
export class ProviderCommandsController {
  constructor(private readonly runner: ProviderCommandRunner) {}

  @Post()
  @ApiOperation({ summary: 'Register a legal-service provider in the district (a law firm, a forensic appraisal institution, a notary office)' })
  @ApiHeader(IDEMPOTENCY)
  @ApiCreatedResponse({ type: ProviderView, description: 'The new provider (a replay answers the first response)' })
  @ApiErrors(400)
  async register(@Body() dto: RegisterProviderDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    const response = await this.runner.create(
      'POST /v1/providers', key, dto,
      (now) => registerProvider({ id: this.runner.newId(), kind: dto.kind, name: dto.name, registeredAt: new Date(dto.registeredAt) }, now),
      providerRegistered,
    );
    return respond(reply, response);
  }

  @Post(':id/deregistration')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record that the provider left the district\'s register (status deregistered); 409 unless registered' })
  @ApiHeader(IDEMPOTENCY)
  @ApiOkResponse({ type: ProviderView, description: 'The deregistered provider' })
  @ApiErrors(400, 404, 409)
  async deregister(@UuidParam('id') id: string, @Body() dto: DeregisterProviderDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    const response = await this.runner.change('POST /v1/providers/:id/deregistration', id, key, dto, (p, now) => deregisterProvider(p, { deregisteredAt: new Date(dto.deregisteredAt) }, now), providerDeregistered);
    return respond(reply, response);
  }
}

@ApiTags('providers')
@Controller('v1/providers')
export class ProviderQueriesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly providers: ProviderRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Providers by kind and status, earliest registration first, paged by cursor' })
  @ApiPageResponse(ProviderView)
  @ApiErrors(400)
  async list(@Query() q: ListProvidersQuery) {
    const page = await this.providers.list(this.dataSource.manager, { kind: q.kind, status: q.status, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((p) => toProviderView(p, this.config.timeZone)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One provider' })
  @ApiOkResponse({ type: ProviderView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.providers.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('provider', id);
    return toProviderView(found, this.config.timeZone);
  }
}
