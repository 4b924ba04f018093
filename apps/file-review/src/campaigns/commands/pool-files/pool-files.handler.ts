import { DomainError } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { assertCan } from '../../domain/campaign';
import { byteOrder, poolFile, repeatedNumbers } from '../../domain/penalty-file';
import { FileRepository } from '../../persistence/file.repository';
import { toFileView } from '../../queries/get-file/file.view';
import { CampaignCommandRunner } from '../campaign-command.runner';
import { PoolFilesDto } from './pool-files.dto';

/** Names at most 20 numbers in a message; the error's details carry all of them. */
const listed = (numbers: string[]) => numbers.slice(0, 20).join(', ') + (numbers.length > 20 ? ` and ${numbers.length - 20} more` : '');

/**
 * Adds files to an open campaign's pool, all or none: a number repeated in the request (400) or
 * already pooled (409) is reported with every such number, and nothing is added. No event: a
 * file becomes a reported fact when it is drawn.
 */
@Injectable()
export class PoolFilesHandler {
  constructor(
    private readonly runner: CampaignCommandRunner,
    private readonly files: FileRepository,
  ) {}

  execute(campaignId: string, dto: PoolFilesDto, idempotencyKey?: string) {
    return this.runner.change(`POST /v1/campaigns/:id/files ${campaignId}`, idempotencyKey, dto, async () => campaignId, async (em, campaign, now) => {
      assertCan(campaign, 'pool files into');
      const numbers = dto.files.map((f) => f.fileNumber);
      const repeated = repeatedNumbers(numbers);
      if (repeated.length > 0)
        throw new DomainError('FILE.DUPLICATE_NUMBERS', `files: these file numbers occur more than once in the request: ${listed(repeated)}`, 'invalid', {
          field: 'files',
          duplicates: repeated,
        });
      const taken = (await this.files.takenNumbers(em, campaign.id, numbers)).sort(byteOrder);
      if (taken.length > 0)
        throw new DomainError('FILE.NUMBER_TAKEN', `files: these file numbers are already in the campaign's pool: ${listed(taken)}`, 'conflict', {
          field: 'files',
          duplicates: taken,
        });
      const pooled = dto.files.map((f) =>
        poolFile(
          { id: this.runner.newId(), campaignId: campaign.id, fileNumber: f.fileNumber, agency: f.agency, penaltyType: f.penaltyType, decidedAt: new Date(f.decidedAt) },
          now,
        ),
      );
      // The campaign row lock makes the check above final; a shortfall here would be a bug, not bad input.
      const inserted = await this.files.insertMany(em, pooled);
      if (inserted !== pooled.length) throw new Error(`pooled ${inserted} of ${pooled.length} files; rolled back`);
      return {
        campaign,
        events: [],
        status: 201,
        answer: async (em) => ({
          campaignId: campaign.id,
          poolSize: await this.files.poolSize(em, campaign.id),
          files: pooled.map((f) => toFileView(f, this.runner.timeZone)),
        }),
      };
    });
  }
}
