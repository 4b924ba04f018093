import { SurveyRecordedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { Survey } from './survey';

/** legaleducation.survey.recorded: conductedAt, respondents, aware, participated, satisfied; nothing else. */
export function surveyRecorded(x: Survey, ctx: EventContext): SurveyRecordedV1 {
  return { ...envelopeFor(SurveyRecordedV1.type, x.id, x.sequence, ctx), payload: { conductedAt: formatInZone(x.conductedAt, ctx.timeZone), respondents: x.respondents, aware: x.aware, participated: x.participated, satisfied: x.satisfied } };
}
