import { CaseEvent, parseEvent, ParseProblem } from '@casetrack/contracts';
import { KafkaMessage } from 'kafkajs';
import { EventProjection } from './event-projection';

/**
 * Why a message was dead-lettered, as a fixed word: one of parseEvent's problems, an event of a
 * type the projection has no handler for, or a valid event whose projection kept failing. Few
 * enough to be a metric label and a list filter; the full reason is kept beside it.
 */
export type DeadLetterKind = ParseProblem | 'no-handler' | 'projection-failed';

export const DEAD_LETTER_KINDS: readonly DeadLetterKind[] = ['no-value', 'not-json', 'invalid-envelope', 'unknown-type', 'invalid-payload', 'no-handler', 'projection-failed'];

/** A message the consumer could not apply, with why. */
export interface DeadLetter {
  message: KafkaMessage;
  reason: string;
  kind: DeadLetterKind;
}

export type ReadResult = { ok: true; event: CaseEvent } | { ok: false; reason: string; kind: DeadLetterKind };

/**
 * Reads a message's value as the consumer applies it: a valid event of a type `projection`
 * handles, or why it is a dead letter. The consumer and a replay of a dead letter both read
 * through here, so a replay judges the message exactly as the consumer would now.
 */
export function readMessage(value: Buffer | string | null, projection: EventProjection, groupId: string): ReadResult {
  const parsed = parseEvent(value);
  if (!parsed.ok) return { ok: false, reason: parsed.reason, kind: parsed.problem };
  if (!projection.handledTypes.has(parsed.event.type))
    return { ok: false, reason: `no handler for ${parsed.event.type} v${parsed.event.version} in ${groupId}`, kind: 'no-handler' };
  return parsed;
}

/** The kind of a reason recorded before kinds were (the wording of readMessage and the consumer). */
export function kindOfReason(reason: string): DeadLetterKind {
  if (reason === 'message has no value') return 'no-value';
  if (reason.startsWith('value is not JSON')) return 'not-json';
  if (reason.startsWith('unknown event type ')) return 'unknown-type';
  if (reason.startsWith('no handler for ')) return 'no-handler';
  if (reason.startsWith('projection failed')) return 'projection-failed';
  if (/^[^\s:]+ v\d+: payload/.test(reason)) return 'invalid-payload';
  return 'invalid-envelope';
}
