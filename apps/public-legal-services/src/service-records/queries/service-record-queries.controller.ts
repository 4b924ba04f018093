import { SERVICE_CHANNELS, SERVICE_KINDS, ServiceChannel, ServiceKind } from '@casetrack/contracts';
import { ApiErrors, ApiPageResponse, IsTimestamp, NotFoundError, PageQuery, parseLimit, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { ServiceRecordRepository } from '../persistence/service-record.repository';
import { ServiceRecordView, toServiceRecordView } from './service-record.view';

export class ListServiceRecordsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  platformId?: string;

  @ApiPropertyOptional({ enum: SERVICE_CHANNELS })
  @IsOptional()
  @IsIn(SERVICE_CHANNELS)
  channel?: ServiceChannel;

  @ApiPropertyOptional({ enum: SERVICE_KINDS })
  @IsOptional()
  @IsIn(SERVICE_KINDS)
  kind?: ServiceKind;

  @ApiPropertyOptional({ description: 'servedAt at or after this time' })
  @IsOptional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ description: 'servedAt before this time' })
  @IsOptional()
  @IsTimestamp()
  to?: string;
}

@ApiTags('service-records')
@Controller('v1/service-records')
export class ServiceRecordQueriesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: ServiceRecordRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Services given, by platform, channel, kind and time, earliest first, paged by cursor' })
  @ApiPageResponse(ServiceRecordView)
  @ApiErrors(400)
  async list(@Query() q: ListServiceRecordsQuery) {
    const page = await this.records.list(this.dataSource.manager, {
      platformId: q.platformId, channel: q.channel, kind: q.kind, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined,
      limit: parseLimit(q.limit), cursor: q.cursor,
    });
    return { items: page.items.map((r) => toServiceRecordView(r, this.config.timeZone)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One service record' })
  @ApiOkResponse({ type: ServiceRecordView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.records.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('service', id);
    return toServiceRecordView(found, this.config.timeZone);
  }
}
