import { Module } from '@nestjs/common';
import { PlatformCommandRunner } from './commands/platform-command.runner';
import { PlatformCommandsController } from './commands/platform-commands.controller';
import { PlatformRepository } from './persistence/platform.repository';
import { PlatformQueriesController } from './queries/platform-queries.controller';

/** The public legal service platforms (公共法律服务实体平台) and their standardisation. */
@Module({
  controllers: [PlatformCommandsController, PlatformQueriesController],
  providers: [PlatformRepository, PlatformCommandRunner],
  exports: [PlatformRepository],
})
export class PlatformsModule {}
