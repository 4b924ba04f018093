import { Module } from '@nestjs/common';
import { resolve } from 'node:path';
import { CLIENT_DIR, ClientController } from './client.controller';

/** Serves the built pages (WEB_CLIENT_DIR, default dist/web-client under the working directory). */
@Module({
  controllers: [ClientController],
  providers: [{ provide: CLIENT_DIR, useFactory: () => resolve(process.env.WEB_CLIENT_DIR ?? 'dist/web-client') }],
})
export class ClientModule {}
