import 'reflect-metadata';
import { bootstrapService } from '@casetrack/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule.register(), {
  service: 'reporting',
  title: 'casetrack reporting',
  description: 'Annual figures of the district justice bureau, projected from the case events on Kafka.',
});
