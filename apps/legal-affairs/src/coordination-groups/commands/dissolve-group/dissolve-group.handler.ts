import { Injectable } from '@nestjs/common';
import { dissolveGroup } from '../../domain/coordination-group';
import { groupDissolved } from '../../domain/coordination-group-events';
import { CoordinationGroupCommandRunner } from '../coordination-group-command.runner';
import { DissolveGroupDto } from './dissolve-group.dto';

/** Dissolves a coordination group and publishes legalaffairs.coordination-group.dissolved. */
@Injectable()
export class DissolveGroupHandler {
  constructor(private readonly runner: CoordinationGroupCommandRunner) {}

  execute(id: string, dto: DissolveGroupDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/coordination-groups/:id/dissolution', id, idempotencyKey, dto, (g, now) => dissolveGroup(g, { dissolvedAt: new Date(dto.dissolvedAt) }, now), groupDissolved);
  }
}
