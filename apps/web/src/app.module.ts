import { Clock, PlatformModule, ServiceConfig } from '@casetrack/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from './accounts/accounts.module';
import { ClientModule } from './client/client.module';
import { WebConfig } from './config';
import { ForwardingModule } from './forwarding/forwarding.module';
import { WEB_MIGRATIONS } from './migrations';
import { SessionsModule } from './sessions/sessions.module';
import { WebConfigModule } from './web-config.module';

export const WEB_SERVICE = { serviceName: 'web', schema: 'web', defaultPort: 3000 } as const;

/** The bureau's web workspace: accounts, sessions, and the forwarding of the browser's calls to the services. */
@Module({})
export class AppModule {
  /** `clock` replaces the system clock (tests pin "now" to let a session go idle). */
  static register(overrides: { service?: Partial<ServiceConfig>; web?: Partial<WebConfig> } = {}, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // No outbox to relay, no Kafka: the web app publishes no events (its health does not check Kafka).
        // Its routes use sessions, not tokens (@Public + SessionGuard).
        PlatformModule.forRoot({ ...WEB_SERVICE, migrations: WEB_MIGRATIONS, relay: false, kafka: false, config: overrides.service, clock }),
        WebConfigModule.register(overrides.web),
        SessionsModule,
        AccountsModule,
        ForwardingModule,
        // Last: its catch-all GET serves the pages for every path the API does not own.
        ClientModule,
      ],
    };
  }
}
