import { ApiErrors, formatInZone, InvalidInputError, NotFoundError, PageQuery, parseLimit, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { CampaignRepository } from '../../persistence/campaign.repository';
import { FileRepository } from '../../persistence/file.repository';
import { groupProblems, problemListCsv } from './problem-list';
import { ProblemListView } from './problem-list.view';

export class ProblemListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json', description: 'csv: every problem in one download (limit and cursor page the JSON only)' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

interface HeaderReply {
  header(name: string, value: string): unknown;
}

@ApiTags('campaigns')
@Controller('v1/campaigns')
export class ProblemListController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CampaignRepository,
    private readonly files: FileRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  @Get(':id/problem-list')
  @ApiOperation({
    summary: 'The problem list by agency and category (a draft until the notice is issued), paged by cursor; ?format=csv for all of it as a spreadsheet (UTF-8 with BOM)',
    description:
      'JSON: the totals and every reviewed agency with its totals on each page; `agencies[].categories` hold the page\'s problems ' +
      '(ordered by agency, category, file number); `nextCursor` pages on.',
  })
  @ApiExtraModels(ProblemListView)
  @ApiOkResponse({
    description: 'JSON by default; with format=csv every problem as CSV (UTF-8 with BOM, a download)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ProblemListView) } },
      'text/csv': { schema: { type: 'string', description: 'agency,category,fileNumber,score,grade,description rows, CRLF' } },
    },
  })
  @ApiErrors(400, 404)
  async problemList(@UuidParam('id') id: string, @Query() q: ProblemListQuery, @Res({ passthrough: true }) reply: HeaderReply) {
    // One snapshot, so the counts and the rows agree while reviews are being recorded.
    const csv = q.format === 'csv';
    if (csv && (q.limit !== undefined || q.cursor !== undefined))
      throw new InvalidInputError('PROBLEM_LIST.CSV_NOT_PAGED', q.cursor !== undefined ? 'cursor' : 'limit', `${q.cursor !== undefined ? 'cursor' : 'limit'}: the CSV download holds every problem; page the JSON instead`);
    const limit = parseLimit(q.limit);
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const campaign = await this.campaigns.findById(em, id);
      if (!campaign) throw new NotFoundError('campaign', id);
      if (csv) {
        // Read page by page inside the one snapshot: complete, without one unbounded query.
        const body = await problemListCsv(this.files.problemRows(em, id));
        reply.header('content-type', 'text/csv; charset=utf-8');
        reply.header('content-disposition', `attachment; filename="problem-list-${campaign.year}-${campaign.id}.csv"`);
        // The BOM makes spreadsheet programs read the Chinese text as UTF-8.
        return `\uFEFF${body}`;
      }
      const page = await this.files.problemPage(em, id, { limit, cursor: q.cursor });
      const reviewed = await this.files.reviewedByAgency(em, id);
      const problems = await this.files.problemsByAgency(em, id);
      return {
        campaignId: campaign.id,
        year: campaign.year,
        title: campaign.title,
        status: campaign.status,
        issuedAt: campaign.issuedAt ? formatInZone(campaign.issuedAt, this.config.timeZone) : null,
        filesReviewed: [...reviewed.values()].reduce((s, n) => s + n, 0),
        problems: [...problems.values()].reduce((s, n) => s + n, 0),
        agencies: groupProblems(page.items, reviewed, problems),
        nextCursor: page.nextCursor,
      };
    });
  }
}
