import { Injectable } from '@nestjs/common';
import { dissolveUnit } from '../../domain/district-unit';
import { unitDissolved } from '../../domain/district-unit-events';
import { DistrictUnitCommandRunner } from '../district-unit-command.runner';
import { DissolveUnitDto } from './dissolve-unit.dto';

/** Dissolves a district unit and publishes legalaffairs.district-unit.dissolved. */
@Injectable()
export class DissolveUnitHandler {
  constructor(private readonly runner: DistrictUnitCommandRunner) {}

  execute(id: string, dto: DissolveUnitDto, idempotencyKey?: string) {
    return this.runner.change('POST /v1/units/:id/dissolution', id, idempotencyKey, dto, (u, now) => dissolveUnit(u, { dissolvedAt: new Date(dto.dissolvedAt) }, now), unitDissolved);
  }
}
