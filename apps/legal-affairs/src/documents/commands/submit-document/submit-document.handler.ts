import { Injectable } from '@nestjs/common';
import { submitDocument } from '../../domain/document';
import { documentSubmitted } from '../../domain/document-events';
import { DocumentCommandRunner } from '../document-command.runner';
import { SubmitDocumentDto } from './submit-document.dto';

/** Registers a submitted document and publishes legalaffairs.document.submitted (without its title). */
@Injectable()
export class SubmitDocumentHandler {
  constructor(private readonly runner: DocumentCommandRunner) {}

  execute(dto: SubmitDocumentDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/documents', idempotencyKey, dto, (now) => submitDocument({ ...dto, id: this.runner.newId(), submittedAt: new Date(dto.submittedAt) }, now), documentSubmitted);
  }
}
