import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { LEVELS } from './enums';

/** Media of `level` adopted a publicity item (国家级媒体采用普法信息). Counted by `adoptedAt`. Never the outlet or the headline. */
export const MediaItemAdoptedV1 = defineEvent('legaleducation.media-item.adopted', 1, Topics.legalEducation, object({ level: enumOf(LEVELS), adoptedAt: isoTime() }));
export type MediaItemAdoptedV1 = EventOf<typeof MediaItemAdoptedV1>;
