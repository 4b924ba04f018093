import { ExamSittingRecordedV1 } from '@casetrack/contracts';
import { envelopeFor, EventContext, formatInZone } from '@casetrack/platform';
import { ExamSitting } from './exam-sitting';

export function examSittingRecorded(s: ExamSitting, ctx: EventContext): ExamSittingRecordedV1 {
  return {
    ...envelopeFor(ExamSittingRecordedV1.type, s.id, s.sequence, ctx),
    payload: { heldAt: formatInZone(s.heldAt, ctx.timeZone), candidates: s.candidates, incidents: s.incidents, complaints: s.complaints },
  };
}
