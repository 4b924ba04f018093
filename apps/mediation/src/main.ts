import 'reflect-metadata';
import { bootstrapService } from '@casetrack/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule.register(), {
  service: 'mediation',
  title: 'casetrack mediation',
  description: 'People\'s mediation (人民调解): committees and stations log disputes and their outcomes.',
});
