import { CaseCommands, CommandResponse, CommandRunner } from '@casetrack/platform';
import { Injectable } from '@nestjs/common';
import { alreadyRegistered, DistrictUnit, registerUnit } from '../domain/district-unit';
import { unitRegistered } from '../domain/district-unit-events';
import { DistrictUnitRepository } from '../persistence/district-unit.repository';
import { DistrictUnitView, toDistrictUnitView } from '../queries/get-unit/district-unit.view';

/**
 * How district units change (the platform's command runner). Registration runs in a transaction
 * holding a lock on the name, so two active units never share a name (coverage counts units by
 * name); dissolution is the runner's one-statement change.
 */
@Injectable()
export class DistrictUnitCommandRunner extends CaseCommands<DistrictUnit, DistrictUnitView> {
  constructor(
    runner: CommandRunner,
    private readonly units: DistrictUnitRepository,
  ) {
    super(runner, units, { view: (u) => toDistrictUnitView(u, runner.timeZone) });
  }

  /** Registers a unit (201); 409 UNIT.ALREADY_REGISTERED when an active unit has the name. */
  register(key: string | undefined, body: unknown, input: { name: string; registeredAt: Date }): Promise<CommandResponse<DistrictUnitView>> {
    return this.runner.inTransaction({ scope: 'POST /v1/units', key, body }, async (em, now, ctx) => {
      await this.units.lockName(em, input.name);
      const existing = await this.units.findActiveByName(em, input.name);
      if (existing) throw alreadyRegistered(input.name, existing.id);
      const unit = registerUnit({ id: this.runner.newId(), ...input }, now);
      await this.units.insert(em, unit);
      return { events: [unitRegistered(unit, ctx())], status: 201, body: toDistrictUnitView(unit, this.timeZone) };
    });
  }
}
