import 'reflect-metadata';
import { bootstrapService } from '@casetrack/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule.register(), {
  service: 'web',
  title: 'casetrack web',
  description: 'The bureau\'s web workspace: sign-in, accounts, and /api/svc/{service}/… forwarded to the services with the signed-in user\'s token.',
});
