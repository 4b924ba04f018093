import 'reflect-metadata';
import { bootstrapService } from '@casetrack/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule.register(), {
  service: 'legal-affairs',
  title: 'casetrack legal-affairs',
  description:
    'Legal affairs (法制审查): legality review of documents submitted by district units (review, normative determination, filing, ' +
    'later findings) and of government contracts; legal advisers engaged by district units and their work; the leadership meetings ' +
    'that studied rule-of-law work. Titles, subjects and advisers\' names stay here; events carry units, kinds, dates and amounts.',
});
