import { Injectable } from '@nestjs/common';
import { fileDocument } from '../../domain/document';
import { documentFiled } from '../../domain/document-events';
import { DocumentCommandRunner } from '../document-command.runner';
import { FileDocumentDto } from './file-document.dto';

/** Files a reviewed normative document and publishes legalaffairs.document.filed. */
@Injectable()
export class FileDocumentHandler {
  constructor(private readonly runner: DocumentCommandRunner) {}

  execute(id: string, dto: FileDocumentDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/documents/:id/filing', id, idempotencyKey, dto, (x, now) => fileDocument(x, { filedAt: new Date(dto.filedAt) }, now), documentFiled);
  }
}
