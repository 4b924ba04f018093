import { PLATFORM_LEVELS, PLATFORM_STATUSES, PlatformLevel, PlatformStatus } from '@casetrack/contracts';
import { ApiErrors, ApiPageResponse, NotFoundError, PageQuery, parseLimit, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { PlatformRepository } from '../persistence/platform.repository';
import { PlatformView, toPlatformView } from './platform.view';

export class ListPlatformsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PLATFORM_LEVELS })
  @IsOptional()
  @IsIn(PLATFORM_LEVELS)
  level?: PlatformLevel;

  @ApiPropertyOptional({ enum: PLATFORM_STATUSES })
  @IsOptional()
  @IsIn(PLATFORM_STATUSES)
  status?: PlatformStatus;
}

@ApiTags('platforms')
@Controller('v1/platforms')
export class PlatformQueriesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly platforms: PlatformRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Platforms by level and status, earliest registration first, paged by cursor' })
  @ApiPageResponse(PlatformView)
  @ApiErrors(400)
  async list(@Query() q: ListPlatformsQuery) {
    const page = await this.platforms.list(this.dataSource.manager, { level: q.level, status: q.status, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((p) => toPlatformView(p, this.config.timeZone)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One platform' })
  @ApiOkResponse({ type: PlatformView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.platforms.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('platform', id);
    return toPlatformView(found, this.config.timeZone);
  }
}
