import { envelopeSchema, EventDefinition, EventEnvelope } from './envelope';
import { ADMIN_REVIEW_EVENTS, AdminReviewEvent } from './admin-review';
import { FILE_REVIEW_EVENTS, FileReviewEvent } from './file-review';
import { LEGAL_AFFAIRS_EVENTS, LegalAffairsEvent } from './legal-affairs';
import { LEGAL_EDUCATION_EVENTS, LegalEducationEvent } from './legal-education';
import { LEGAL_AID_EVENTS, LegalAidEvent } from './legal-aid';
import { MEDIATION_EVENTS, MediationEvent } from './mediation';
import { PUBLIC_LEGAL_SERVICES_EVENTS, PublicLegalServicesEvent } from './public-legal-services';
import { conforms, Schema } from './schema';

/** Every event contract casetrack knows, across all areas. */
export const EVENT_DEFINITIONS: readonly EventDefinition<string, number, Schema<unknown>>[] = [
  ...MEDIATION_EVENTS,
  ...LEGAL_AID_EVENTS,
  ...ADMIN_REVIEW_EVENTS,
  ...FILE_REVIEW_EVENTS,
  ...LEGAL_AFFAIRS_EVENTS,
  ...PUBLIC_LEGAL_SERVICES_EVENTS,
  ...LEGAL_EDUCATION_EVENTS,
];

/** The union of every event; a `switch (event.type)` over it can be checked for exhaustiveness. */
export type CaseEvent =
  | MediationEvent | LegalAidEvent | AdminReviewEvent | FileReviewEvent | LegalAffairsEvent
  | PublicLegalServicesEvent | LegalEducationEvent;
export type CaseEventType = CaseEvent['type'];

const byKey = new Map(EVENT_DEFINITIONS.map((d) => [`${d.type}@${d.version}`, d]));

/** The definition of a type and version, or undefined when no contract has it. */
export function findDefinition(type: string, version: number) {
  return byKey.get(`${type}@${version}`);
}

/** Why a message is not a case event, as a fixed word (for counting and filtering); `reason` says it in full. */
export type ParseProblem = 'no-value' | 'not-json' | 'invalid-envelope' | 'unknown-type' | 'invalid-payload';

export type ParseResult = { ok: true; event: CaseEvent } | { ok: false; reason: string; problem: ParseProblem };

/**
 * Parses and fully validates a raw message: envelope, known type and version, payload.
 * Never throws; a bad message yields `{ ok: false, reason }` naming each problem.
 */
export function parseEvent(raw: Buffer | string | null): ParseResult {
  if (raw === null) return { ok: false, reason: 'message has no value', problem: 'no-value' };
  let value: unknown;
  try {
    value = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
  } catch (err) {
    return { ok: false, reason: `value is not JSON: ${(err as Error).message}`, problem: 'not-json' };
  }
  return validateEvent(value);
}

/** Validates an already-parsed value as a case event (see parseEvent). */
export function validateEvent(value: unknown): ParseResult {
  // The quick check first: nearly every event is valid, and for one no message or path is built.
  if (conforms(envelopeSchema, value)) {
    const envelope = value as EventEnvelope;
    const definition = findDefinition(envelope.type, envelope.version);
    if (definition && conforms(definition.payload, envelope.payload)) return { ok: true, event: envelope as CaseEvent };
  }
  // A bad one: the full validation names each problem.
  const errors: string[] = [];
  envelopeSchema.validate(value, 'event', errors);
  if (errors.length > 0) return { ok: false, reason: errors.join('; '), problem: 'invalid-envelope' };
  const envelope = value as EventEnvelope;
  const definition = findDefinition(envelope.type, envelope.version);
  if (!definition) return { ok: false, reason: `unknown event type ${envelope.type} v${envelope.version}`, problem: 'unknown-type' };
  definition.payload.validate(envelope.payload, 'payload', errors);
  if (errors.length > 0) return { ok: false, reason: `${envelope.type} v${envelope.version}: ${errors.join('; ')}`, problem: 'invalid-payload' };
  return { ok: true, event: envelope as CaseEvent };
}
