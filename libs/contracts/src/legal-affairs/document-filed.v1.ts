import { defineEvent, EventOf } from '../envelope';
import { isoTime, object } from '../schema';
import { Topics } from '../topics';
import { documentDimensions } from './dimensions';

/** A reviewed normative document was filed (备案). Counted by `filedAt`. */
export const DocumentFiledV1 = defineEvent(
  'legalaffairs.document.filed',
  1,
  Topics.legalAffairs,
  object({ ...documentDimensions, reviewedAt: isoTime(), filedAt: isoTime() }),
);
export type DocumentFiledV1 = EventOf<typeof DocumentFiledV1>;
