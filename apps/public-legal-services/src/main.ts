import 'reflect-metadata';
import { bootstrapService } from '@casetrack/platform';
import { AppModule } from './app.module';

void bootstrapService(AppModule.register(), {
  service: 'public-legal-services',
  title: 'casetrack public-legal-services',
  description:
    'Public legal services (公共法律服务): the platforms (the district centre, town/street stations, village/community rooms) and ' +
    'their standardisation, the services given at them by channel and kind, the legal-service providers registered in the district ' +
    '(law firms, forensic appraisal institutions, the notary office) and the complaints against lawyers and appraisers, the national ' +
    'legal profession exam site. Names, notes and complaint summaries stay here; events carry levels, kinds, counts and dates.',
});
