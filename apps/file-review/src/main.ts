import 'reflect-metadata';
import { bootstrapService } from '@casetrack/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule.register(), {
  service: 'file-review',
  title: 'casetrack file-review',
  description:
    'Administrative-penalty file review (行政执法案卷评查): pool files, draw a reproducible random sample, score it with a panel, publish the problem list.',
});
