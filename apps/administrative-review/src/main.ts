import 'reflect-metadata';
import { bootstrapService } from '@casetrack/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule.register(), {
  service: 'administrative-review',
  title: 'casetrack administrative-review',
  description:
    'Administrative review (行政复议): applications, acceptance, the 60-day decision deadline and its one extension; ' +
    'lawsuits against district agencies (行政应诉) and whether the agency head appeared at each hearing. ' +
    'Applicants\' names, ID numbers and phones are stored encrypted, shown masked in every response, and given in full only by ' +
    'GET /v1/reviews/{id}/personal-data (review-officer, admin), each read recorded.',
});
