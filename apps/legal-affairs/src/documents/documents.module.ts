import { Module } from '@nestjs/common';
import { DocumentCommandRunner } from './commands/document-command.runner';
import { FileDocumentController } from './commands/file-document/file-document.controller';
import { FileDocumentHandler } from './commands/file-document/file-document.handler';
import { RecordFindingController } from './commands/record-finding/record-finding.controller';
import { RecordFindingHandler } from './commands/record-finding/record-finding.handler';
import { ReviewDocumentController } from './commands/review-document/review-document.controller';
import { ReviewDocumentHandler } from './commands/review-document/review-document.handler';
import { SubmitDocumentController } from './commands/submit-document/submit-document.controller';
import { SubmitDocumentHandler } from './commands/submit-document/submit-document.handler';
import { DocumentRepository } from './persistence/document.repository';
import { GetDocumentController } from './queries/get-document/get-document.controller';
import { ListDocumentsController } from './queries/list-documents/list-documents.controller';

/** Legality review of documents (规范性文件/重大文件合法性审查): submission, review, filing, later findings. */
@Module({
  controllers: [SubmitDocumentController, ReviewDocumentController, FileDocumentController, RecordFindingController, GetDocumentController, ListDocumentsController],
  providers: [DocumentRepository, DocumentCommandRunner, SubmitDocumentHandler, ReviewDocumentHandler, FileDocumentHandler, RecordFindingHandler],
})
export class DocumentsModule {}
