import { Module } from '@nestjs/common';
import { CoordinationGroupCommandRunner } from './commands/coordination-group-command.runner';
import { DissolveGroupController } from './commands/dissolve-group/dissolve-group.controller';
import { DissolveGroupHandler } from './commands/dissolve-group/dissolve-group.handler';
import { EstablishGroupController } from './commands/establish-group/establish-group.controller';
import { EstablishGroupHandler } from './commands/establish-group/establish-group.handler';
import { CoordinationGroupRepository } from './persistence/coordination-group.repository';
import { GetGroupController } from './queries/get-group/get-group.controller';
import { ListGroupsController } from './queries/list-groups/list-groups.controller';

/** The district rule-of-law committee's coordination groups (协调小组). */
@Module({
  controllers: [EstablishGroupController, DissolveGroupController, GetGroupController, ListGroupsController],
  providers: [CoordinationGroupRepository, CoordinationGroupCommandRunner, EstablishGroupHandler, DissolveGroupHandler],
})
export class CoordinationGroupsModule {}
