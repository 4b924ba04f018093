import { formatInZone, NotFoundError, SERVICE_CONFIG, ServiceConfig, UuidParam } from '@casetrack/platform';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { CampaignRepository } from '../../persistence/campaign.repository';
import { FileRepository } from '../../persistence/file.repository';
import { groupProblems, problemListCsv } from './problem-list';

export class ProblemListQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
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
    summary: 'The problem list by agency and category (a draft until the notice is issued); ?format=csv for a spreadsheet (UTF-8 with BOM)',
  })
  async problemList(@UuidParam('id') id: string, @Query() q: ProblemListQuery, @Res({ passthrough: true }) reply: HeaderReply) {
    // One snapshot, so the counts and the rows agree while reviews are being recorded.
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const campaign = await this.campaigns.findById(em, id);
      if (!campaign) throw new NotFoundError('campaign', id);
      const rows = await this.files.problemRows(em, id);
      if (q.format === 'csv') {
        reply.header('content-type', 'text/csv; charset=utf-8');
        reply.header('content-disposition', `attachment; filename="problem-list-${campaign.year}-${campaign.id}.csv"`);
        // The BOM makes spreadsheet programs read the Chinese text as UTF-8.
        return `\uFEFF${problemListCsv(rows)}`;
      }
      const reviewed = await this.files.reviewedByAgency(em, id);
      return {
        campaignId: campaign.id,
        year: campaign.year,
        title: campaign.title,
        status: campaign.status,
        issuedAt: campaign.issuedAt ? formatInZone(campaign.issuedAt, this.config.timeZone) : null,
        filesReviewed: [...reviewed.values()].reduce((s, n) => s + n, 0),
        problems: rows.length,
        agencies: groupProblems(rows, reviewed),
      };
    });
  }
}
