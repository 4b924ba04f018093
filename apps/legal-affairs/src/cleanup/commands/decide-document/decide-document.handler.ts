import { Injectable } from '@nestjs/common';
import { CleanupCampaignCommandRunner } from '../cleanup-campaign-command.runner';
import { DecideCleanupDocumentDto } from './decide-document.dto';

/** Records the campaign's decision about one document and publishes legalaffairs.cleanup.document-decided. */
@Injectable()
export class DecideCleanupDocumentHandler {
  constructor(private readonly runner: CleanupCampaignCommandRunner) {}

  execute(campaignId: string, dto: DecideCleanupDocumentDto, idempotencyKey?: string) {
    return this.runner.decide(campaignId, idempotencyKey, dto, { document: dto.document, outcome: dto.outcome, decidedAt: new Date(dto.decidedAt) });
  }
}
