import { defineEvent, EventOf } from '../envelope';
import { enumOf, int, isoTime, object, str, uuid } from '../schema';
import { Topics } from '../topics';
import { PENALTY_TYPES } from './enums';

/**
 * A pooled penalty file was drawn into the campaign's random sample (one event per drawn file, in
 * draw order). The file number is an official document number (文书号), not personal data.
 */
export const FileSampledV1 = defineEvent(
  'filereview.file.sampled',
  1,
  Topics.fileReview,
  object({
    campaignYear: int({ min: 2000, max: 2100 }),
    fileId: uuid(),
    fileNumber: str({ max: 100 }),
    agency: str({ max: 100 }),
    penaltyType: enumOf(PENALTY_TYPES),
    decidedAt: isoTime(),
    /** 1 for the first file drawn; the draw order is the order of sha256(seed + NUL + fileNumber). */
    drawPosition: int({ min: 1 }),
    sampleSize: int({ min: 1 }),
    poolSize: int({ min: 1 }),
  }),
);
export type FileSampledV1 = EventOf<typeof FileSampledV1>;
