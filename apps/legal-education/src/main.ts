import 'reflect-metadata';
import { bootstrapService } from '@casetrack/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule.register(), {
  service: 'legal-education',
  title: 'casetrack legal-education',
  description:
    'Legal education and publicity (执法资格与普法): enforcement officers\' general-law training and exam, rule-of-law theory exams of ' +
    'leading cadres, and the publicity work under the 谁执法谁普法 duty lists — units\' activities, online contests, items adopted by the ' +
    'media, works and their awards, residents\' surveys and the "三治结合" demonstration villages. Titles, subjects and outlets stay here; ' +
    'events carry audiences, kinds, levels, units, dates and counts.',
});
