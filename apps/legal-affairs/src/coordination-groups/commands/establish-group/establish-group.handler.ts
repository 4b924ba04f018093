import { Injectable } from '@nestjs/common';
import { establishGroup } from '../../domain/coordination-group';
import { groupEstablished } from '../../domain/coordination-group-events';
import { CoordinationGroupCommandRunner } from '../coordination-group-command.runner';
import { EstablishGroupDto } from './establish-group.dto';

/** Establishes a coordination group and publishes legalaffairs.coordination-group.established (without its name). */
@Injectable()
export class EstablishGroupHandler {
  constructor(private readonly runner: CoordinationGroupCommandRunner) {}

  execute(dto: EstablishGroupDto, idempotencyKey?: string) {
    return this.runner.create('POST /v1/coordination-groups', idempotencyKey, dto, (now) => establishGroup({ ...dto, id: this.runner.newId(), establishedAt: new Date(dto.establishedAt) }, now), groupEstablished);
  }
}
