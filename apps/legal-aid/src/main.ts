import 'reflect-metadata';
import { bootstrapService } from '@casetrack/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule.register(), {
  service: 'legal-aid',
  title: 'casetrack legal-aid',
  description:
    'Legal aid (法律援助): applications, acceptance or refusal, assignment to a law firm, closure with the money obtained for the client. ' +
    'Applicants\' names and identity numbers are stored here only, encrypted, and shown masked in every response; ' +
    'GET /v1/cases/{id}/personal-data gives them in full (legal-aid-officer, admin), each read recorded.',
});
