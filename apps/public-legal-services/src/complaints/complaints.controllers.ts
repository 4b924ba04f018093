import { COMPLAINT_OUTCOMES, COMPLAINT_STATUSES, COMPLAINT_TARGETS, ComplaintOutcome, ComplaintStatus, ComplaintTarget } from '@casetrack/contracts';
import {
  ApiErrors, ApiPageResponse, CaseCommands, CommandRunner, IsText, NotFoundError, PageQuery, parseLimit, ReplyLike, respond, SERVICE_CONFIG, ServiceConfig,
  TimestampField, UuidParam,
} from '@casetrack/platform';
import { Body, Controller, Get, Headers, HttpCode, Inject, Injectable, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Complaint, concludeComplaint, receiveComplaint } from './domain/complaint';
import { complaintConcluded, complaintReceived } from './domain/complaint-events';
import { ComplaintRepository } from './persistence/complaint.repository';
import { ComplaintView, toComplaintView } from './queries/complaint.view';

const IDEMPOTENCY = { name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response' } as const;

export class ReceiveComplaintDto {
  @ApiProperty({ enum: COMPLAINT_TARGETS, description: 'lawyer: 对律师投诉; forensic-appraiser: 司法鉴定投诉' })
  @IsIn(COMPLAINT_TARGETS)
  against: ComplaintTarget;

  @ApiProperty({ description: 'What the complaint is about, against whom (stays in this service; events never carry it)', example: '投诉某律师未尽勤勉义务', minLength: 1, maxLength: 500 })
  @IsText({ max: 500 })
  summary: string;

  @TimestampField('When the complaint was received')
  receivedAt: string;
}

export class ConcludeComplaintDto {
  @ApiProperty({ enum: COMPLAINT_OUTCOMES, description: 'upheld-penalty: 行政处罚; upheld-discipline: 行业惩戒; upheld-other; not-upheld; withdrawn' })
  @IsIn(COMPLAINT_OUTCOMES)
  outcome: ComplaintOutcome;

  @TimestampField('When the complaint was concluded (处理, not before receivedAt); reports count complaints handled by this time')
  concludedAt: string;
}

export class ListComplaintsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: COMPLAINT_TARGETS })
  @IsOptional()
  @IsIn(COMPLAINT_TARGETS)
  against?: ComplaintTarget;

  @ApiPropertyOptional({ enum: COMPLAINT_STATUSES })
  @IsOptional()
  @IsIn(COMPLAINT_STATUSES)
  status?: ComplaintStatus;
}

@Injectable()
export class ComplaintCommandRunner extends CaseCommands<Complaint, ComplaintView> {
  constructor(runner: CommandRunner, complaints: ComplaintRepository) {
    super(runner, complaints, { view: (c) => toComplaintView(c, runner.timeZone) });
  }
}

@ApiTags('complaints')
@Controller('v1/complaints')
export class ComplaintCommandsController {
  constructor(private readonly runner: ComplaintCommandRunner) {}

  @Post()
  @ApiOperation({ summary: 'Receive a complaint against a lawyer or a forensic appraiser (status received)' })
  @ApiHeader(IDEMPOTENCY)
  @ApiCreatedResponse({ type: ComplaintView, description: 'The new complaint (a replay answers the first response)' })
  @ApiErrors(400)
  async receive(@Body() dto: ReceiveComplaintDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    const response = await this.runner.create(
      'POST /v1/complaints', key, dto,
      (now) => receiveComplaint({ id: this.runner.newId(), against: dto.against, summary: dto.summary, receivedAt: new Date(dto.receivedAt) }, now),
      complaintReceived,
    );
    return respond(reply, response);
  }

  @Post(':id/conclusion')
  @HttpCode(200)
  @ApiOperation({ summary: 'Conclude a complaint with its outcome (status concluded); 409 unless received' })
  @ApiHeader(IDEMPOTENCY)
  @ApiOkResponse({ type: ComplaintView, description: 'The concluded complaint' })
  @ApiErrors(400, 404, 409)
  async conclude(@UuidParam('id') id: string, @Body() dto: ConcludeComplaintDto, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) reply: ReplyLike) {
    const response = await this.runner.change(
      'POST /v1/complaints/:id/conclusion', id, key, dto, (c, now) => concludeComplaint(c, { outcome: dto.outcome, concludedAt: new Date(dto.concludedAt) }, now), complaintConcluded,
    );
    return respond(reply, response);
  }
}

@ApiTags('complaints')
@Controller('v1/complaints')
export class ComplaintQueriesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly complaints: ComplaintRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Complaints by target and status, earliest received first, paged by cursor' })
  @ApiPageResponse(ComplaintView)
  @ApiErrors(400)
  async list(@Query() q: ListComplaintsQuery) {
    const page = await this.complaints.list(this.dataSource.manager, { against: q.against, status: q.status, limit: parseLimit(q.limit), cursor: q.cursor });
    return { items: page.items.map((c) => toComplaintView(c, this.config.timeZone)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One complaint' })
  @ApiOkResponse({ type: ComplaintView })
  @ApiErrors(400, 404)
  async get(@UuidParam('id') id: string) {
    const found = await this.complaints.findById(this.dataSource.manager, id);
    if (!found) throw new NotFoundError('complaint', id);
    return toComplaintView(found, this.config.timeZone);
  }
}
