import { Injectable } from '@nestjs/common';
import { DistrictUnitCommandRunner } from '../district-unit-command.runner';
import { RegisterUnitDto } from './register-unit.dto';

/** Registers a district unit and publishes legalaffairs.district-unit.registered. */
@Injectable()
export class RegisterUnitHandler {
  constructor(private readonly runner: DistrictUnitCommandRunner) {}

  execute(dto: RegisterUnitDto, idempotencyKey?: string) {
    return this.runner.register(idempotencyKey, dto, { name: dto.name, registeredAt: new Date(dto.registeredAt) });
  }
}
