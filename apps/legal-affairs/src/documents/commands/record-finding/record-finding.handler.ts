import { Injectable } from '@nestjs/common';
import { recordFinding } from '../../domain/document';
import { documentFindingRecorded } from '../../domain/document-events';
import { DocumentCommandRunner } from '../document-command.runner';
import { RecordFindingDto } from './record-finding.dto';

/** Records a later finding on a filed document and publishes legalaffairs.document.finding-recorded. */
@Injectable()
export class RecordFindingHandler {
  constructor(private readonly runner: DocumentCommandRunner) {}

  execute(id: string, dto: RecordFindingDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/documents/:id/finding', id, idempotencyKey, dto, (x, now) => recordFinding(x, { finding: dto.finding, foundAt: new Date(dto.foundAt) }, now), documentFindingRecorded);
  }
}
