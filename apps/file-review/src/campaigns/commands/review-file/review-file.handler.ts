import { NotFoundError } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { fileReviewed } from '../../domain/campaign-events';
import { reviewFile } from '../../domain/penalty-file';
import { FileRepository } from '../../persistence/file.repository';
import { toFileView } from '../../queries/get-file/file.view';
import { CampaignCommandRunner } from '../campaign-command.runner';
import { ReviewFileDto } from './review-file.dto';

/** Scores a drawn file with its problems and publishes filereview.file.reviewed (counts only, no descriptions). */
@Injectable()
export class ReviewFileHandler {
  constructor(
    private readonly runner: CampaignCommandRunner,
    private readonly files: FileRepository,
  ) {}

  execute(fileId: string, dto: ReviewFileDto, idempotencyKey?: string) {
    return this.runner.change(
      `POST /v1/files/:id/review ${fileId}`,
      idempotencyKey,
      dto,
      async (em) => {
        const file = await this.files.findById(em, fileId);
        if (!file) throw new NotFoundError('file', fileId);
        return file.campaignId;
      },
      async (em, campaign, now) => {
        const file = (await this.files.findForUpdate(em, fileId))!;
        const reviewed = reviewFile(
          file,
          campaign,
          { reviewedAt: new Date(dto.reviewedAt), score: dto.score, problems: dto.problems.map((p) => ({ category: p.category, description: p.description })) },
          now,
        );
        await this.files.saveReview(em, reviewed);
        return {
          campaign,
          events: [fileReviewed(campaign, reviewed, this.runner.timeZone)],
          status: 200,
          answer: async () => toFileView(reviewed, this.runner.timeZone),
        };
      },
    );
  }
}
