import { defineEvent, EventOf } from '../envelope';
import { int, isoTime, object } from '../schema';
import { Topics } from '../topics';

/**
 * A sitting of the national legal profession exam at the district's site (国家法考考区) held at
 * `heldAt`: `candidates` sat it (参考人员, 人次), with `incidents` in its administration (失误) and
 * `complaints` (投诉).
 */
export const ExamSittingRecordedV1 = defineEvent(
  'publiclegal.exam-sitting.recorded',
  1,
  Topics.publicLegalServices,
  object({ heldAt: isoTime(), candidates: int({ min: 0, max: 100_000 }), incidents: int({ min: 0, max: 10_000 }), complaints: int({ min: 0, max: 10_000 }) }),
);
export type ExamSittingRecordedV1 = EventOf<typeof ExamSittingRecordedV1>;
