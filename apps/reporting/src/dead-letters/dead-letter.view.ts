import { DEAD_LETTER_KINDS, DeadLetterKind, ReplayOutcome } from '@casetrack/messaging';
import { PageQuery } from '@casetrack/platform';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { MaskedMessage, MaskedValue, MaskRule } from './mask-message';

// The OpenAPI schemas of the dead-letter desk's requests and answers.

const OUTCOMES: ReplayOutcome[] = ['applied', 'already-applied', 'dead-lettered'];
const RULES: MaskRule[] = ['personal-key', 'not-in-contract', 'looks-like-id-or-phone', 'text'];
export const DEAD_LETTER_STATUSES = ['open', 'resolved'] as const;
export type DeadLetterStatus = (typeof DEAD_LETTER_STATUSES)[number];

/** Which dead letters: the list's filters, and what "replay all" replays (open ones only). */
export class DeadLetterFilter {
  @ApiPropertyOptional({ enum: DEAD_LETTER_KINDS, description: 'Why it was dead-lettered (now: a failed replay changes it)' })
  @IsOptional()
  @IsIn(DEAD_LETTER_KINDS, { message: `reason must be one of ${DEAD_LETTER_KINDS.join(', ')}` })
  reason?: DeadLetterKind;

  @ApiPropertyOptional({ description: 'The topic it was read from', example: 'casetrack.mediation', maxLength: 249 })
  @IsOptional()
  @IsString({ message: 'topic must be given once' })
  @Length(1, 249)
  topic?: string;
}

export class ListDeadLettersQuery extends IntersectionType(PageQuery, DeadLetterFilter) {
  @ApiPropertyOptional({ enum: DEAD_LETTER_STATUSES, description: 'open: not yet resolved by a replay; resolved: its event is applied' })
  @IsOptional()
  @IsIn(DEAD_LETTER_STATUSES, { message: 'status must be open or resolved' })
  status?: DeadLetterStatus;
}

export class ReplayAllQuery extends DeadLetterFilter {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 1000, description: 'Most dead letters replayed by this call, oldest first; call again for more' })
  @IsOptional()
  @IsString({ message: 'limit must be given once' })
  limit?: string;
}

/** A dead letter as the desk lists it. */
export class DeadLetterView {
  @ApiProperty({ description: 'Its number on the desk', example: '17' }) id: string;
  @ApiProperty({ enum: DEAD_LETTER_KINDS }) kind: DeadLetterKind;
  @ApiProperty({ description: 'Why it is a dead letter now (after a failed replay: why that replay failed)' }) reason: string;
  @ApiProperty({ description: 'Why the consumer dead-lettered it first' }) firstReason: string;
  @ApiProperty({ example: 'casetrack.mediation' }) topic: string;
  @ApiProperty({ type: 'integer' }) partition: number;
  @ApiProperty({ description: 'Its offset in the partition', example: '4711' }) offset: string;
  @ApiProperty({ description: 'The consumer group that dead-lettered it' }) groupId: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'The Kafka timestamp of the message' }) messageTimestamp: string | null;
  @ApiProperty({ enum: DEAD_LETTER_STATUSES }) status: DeadLetterStatus;
  @ApiProperty({ description: 'False for one recorded before dead letters kept their message: it can be read on its topic, not replayed from here' }) valueKept: boolean;
  @ApiProperty({ type: 'integer' }) replays: number;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) replayedAt: string | null;
  @ApiProperty({ enum: OUTCOMES, nullable: true, type: String, description: 'What the last replay did' }) replayOutcome: ReplayOutcome | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true, description: 'When a replay applied its event (or found it applied)' }) resolvedAt: string | null;
}

export class DeadLettersPageView {
  @ApiProperty({ type: [DeadLetterView] }) items: DeadLetterView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' }) nextCursor: string | null;
}

export class MaskedValueView implements MaskedValue {
  @ApiProperty({ description: 'Where the value is in the message (`payload.applicantName`; `(text)` for a message that is not JSON)' }) path: string;
  @ApiProperty({ enum: RULES, description: 'personal-key: under a key that looks like a name, ID number, phone, address or free text; not-in-contract: a field the event’s contract does not declare; looks-like-id-or-phone: a string shaped like an ID or mobile number; text: not JSON, values after personal-looking keys masked' })
  rule: MaskRule;
}

export class MaskedMessageView implements MaskedMessage {
  @ApiProperty({ enum: ['json', 'text', 'none'], description: 'json: a JSON object, shown in `json`; text: anything else (not JSON, or JSON but no object), shown in `text`; none: no value' }) form: 'json' | 'text' | 'none';
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The value with personal data masked (form json: a JSON object); null otherwise' })
  json: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true, description: 'The value as text with personal data masked, at most 4000 characters (form text)' }) text: string | null;
  @ApiProperty({ type: 'integer', description: 'The value’s size as it came' }) bytes: number;
  @ApiProperty({ type: String, nullable: true, description: 'The event contract it was read against, or null for a shape no contract knows', example: 'mediation.dispute.registered v1' })
  contract: string | null;
  @ApiProperty({ type: [MaskedValueView], description: 'Every value shown masked, and why' }) masked: MaskedValueView[];
}

/** One dead letter with its message (masked). */
export class DeadLetterDetailView extends DeadLetterView {
  @ApiProperty({ type: String, nullable: true, description: 'The message key (the case id) as text, with ID or phone numbers masked' }) key: string | null;
  @ApiProperty({ type: MaskedMessageView, nullable: true, description: 'Null when the message was not kept (valueKept false)' }) message: MaskedMessageView | null;
}

/** What replaying one dead letter did. */
export class ReplayView {
  @ApiProperty({ enum: OUTCOMES, description: 'applied: its event reached the report now; already-applied: it had (nothing changed); dead-lettered: still invalid, `deadLetter.reason` says why now' })
  outcome: ReplayOutcome;
  @ApiProperty({ type: DeadLetterView, description: 'The dead letter after the replay' }) deadLetter: DeadLetterView;
}

/** What replaying all (matching) open dead letters did. */
export class ReplayAllView {
  @ApiProperty({ type: 'integer' }) replayed: number;
  @ApiProperty({ type: 'integer' }) applied: number;
  @ApiProperty({ type: 'integer' }) alreadyApplied: number;
  @ApiProperty({ type: 'integer', description: 'Still invalid: they stay on the desk with the new reason' }) deadLettered: number;
  @ApiProperty({ type: 'integer', description: 'Open ones with a kept message this call did not get to (over its limit); call again' }) remaining: number;
  @ApiProperty({ type: [ReplayView], description: 'Each replay, oldest first' }) results: ReplayView[];
}
