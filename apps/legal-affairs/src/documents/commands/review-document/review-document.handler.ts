import { Injectable } from '@nestjs/common';
import { reviewDocument } from '../../domain/document';
import { documentReviewed } from '../../domain/document-events';
import { DocumentCommandRunner } from '../document-command.runner';
import { ReviewDocumentDto } from './review-document.dto';

/** Records the legality review of a document and publishes legalaffairs.document.reviewed. */
@Injectable()
export class ReviewDocumentHandler {
  constructor(private readonly runner: DocumentCommandRunner) {}

  execute(id: string, dto: ReviewDocumentDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/documents/:id/review', id, idempotencyKey, dto, (x, now) => reviewDocument(x, { reviewedAt: new Date(dto.reviewedAt), opinion: dto.opinion, normative: dto.normative }, now), documentReviewed);
  }
}
