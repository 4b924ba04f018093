import { Injectable } from '@nestjs/common';
import { fileLawsuit } from '../../domain/lawsuit';
import { lawsuitFiled } from '../../domain/lawsuit-events';
import { LawsuitCommandRunner } from '../lawsuit-command.runner';
import { FileLawsuitDto } from './file-lawsuit.dto';

/** Registers a lawsuit against a district agency and publishes adminreview.lawsuit.filed. */
@Injectable()
export class FileLawsuitHandler {
  constructor(private readonly runner: LawsuitCommandRunner) {}

  execute(dto: FileLawsuitDto, idempotencyKey?: string) {
    return this.runner.create(
      'POST /v1/lawsuits',
      idempotencyKey,
      dto,
      (now) => fileLawsuit({ ...dto, id: this.runner.newId(), filedAt: new Date(dto.filedAt) }, now),
      lawsuitFiled,
    );
  }
}
