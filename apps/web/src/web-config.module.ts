import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { loadWebConfig, WEB_CONFIG, WebConfig } from './config';

/** The web app's settings for every module of it; tests override some. */
@Global()
@Module({})
export class WebConfigModule {
  static register(overrides: Partial<WebConfig> = {}): DynamicModule {
    return {
      module: WebConfigModule,
      providers: [
        {
          provide: WEB_CONFIG,
          useFactory: (): WebConfig => {
            const config = { ...loadWebConfig(), ...overrides };
            if (config.tokenSigning.developmentKey)
              new Logger('web').warn('access tokens are signed with the local development key, which anyone can read in the source: set AUTH_JWT_PRIVATE_KEY anywhere but a development machine');
            return config;
          },
        },
      ],
      exports: [WEB_CONFIG],
    };
  }
}
