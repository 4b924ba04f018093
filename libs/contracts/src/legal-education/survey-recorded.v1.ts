import { defineEvent, EventOf } from '../envelope';
import { int, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { MAX_HEADCOUNT } from './dimensions';

const count = () => int({ min: 0, max: MAX_HEADCOUNT });

/**
 * A survey of residents (市民群众): of `respondents`, how many knew of the publicity (知晓), took part
 * in an activity (参与) and were satisfied (满意); each at most `respondents`. Counted by `conductedAt`.
 */
export const SurveyRecordedV1 = defineEvent(
  'legaleducation.survey.recorded',
  1,
  Topics.legalEducation,
  object({ conductedAt: isoTime(), respondents: count(), aware: count(), participated: count(), satisfied: count() }),
);
export type SurveyRecordedV1 = EventOf<typeof SurveyRecordedV1>;
