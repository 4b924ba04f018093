import { Module } from '@nestjs/common';
import { DissolveUnitController } from './commands/dissolve-unit/dissolve-unit.controller';
import { DissolveUnitHandler } from './commands/dissolve-unit/dissolve-unit.handler';
import { DistrictUnitCommandRunner } from './commands/district-unit-command.runner';
import { RegisterUnitController } from './commands/register-unit/register-unit.controller';
import { RegisterUnitHandler } from './commands/register-unit/register-unit.handler';
import { DistrictUnitRepository } from './persistence/district-unit.repository';
import { AdviserCoverageController } from './queries/adviser-coverage/adviser-coverage.controller';
import { GetUnitController } from './queries/get-unit/get-unit.controller';
import { ListUnitsController } from './queries/list-units/list-units.controller';

/** The registry of district units (区级单位), and adviser coverage over it. */
@Module({
  controllers: [RegisterUnitController, DissolveUnitController, GetUnitController, ListUnitsController, AdviserCoverageController],
  providers: [DistrictUnitRepository, DistrictUnitCommandRunner, RegisterUnitHandler, DissolveUnitHandler],
})
export class UnitsModule {}
