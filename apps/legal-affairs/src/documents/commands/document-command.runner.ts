import { CaseCommands, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { LegalityDocument } from '../domain/document';
import { DocumentRepository } from '../persistence/document.repository';
import { DocumentView, toDocumentView } from '../queries/get-document/document.view';

/** The one way documents under review change (the platform's command runner): the Idempotency-Key, the row and the event in one statement. */
@Injectable()
export class DocumentCommandRunner extends CaseCommands<LegalityDocument, DocumentView> {
  constructor(runner: CommandRunner, documents: DocumentRepository) {
    super(runner, documents, { view: (d) => toDocumentView(d, runner.timeZone) });
  }
}
