import { defineEvent, EventOf } from '../envelope';
import { enumOf, isoTime, object } from '../schema';
import { Topics } from '../topics';
import { CONTEST_KINDS } from './enums';

/** An online knowledge contest opened (知识竞赛). Counts nothing until closed. Never its title. */
export const ContestOpenedV1 = defineEvent('legaleducation.contest.opened', 1, Topics.legalEducation, object({ kind: enumOf(CONTEST_KINDS), openedAt: isoTime() }));
export type ContestOpenedV1 = EventOf<typeof ContestOpenedV1>;
