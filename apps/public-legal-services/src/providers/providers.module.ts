import { Module } from '@nestjs/common';
import { ProviderRepository } from './persistence/provider.repository';
import { ProviderCommandRunner, ProviderCommandsController, ProviderQueriesController } from './providers.controllers';

/** The legal-service providers registered in the district (法律服务管理). */
@Module({ controllers: [ProviderCommandsController, ProviderQueriesController], providers: [ProviderRepository, ProviderCommandRunner] })
export class ProvidersModule {}
