import { Infer, Schema, int, isoTime, nullable, object, str, uuid } from './schema';

/** The envelope every case event travels in; `payload` is specific to `type` and `version`. */
export interface EventEnvelope<TType extends string = string, TVersion extends number = number, TPayload = unknown> {
  eventId: string;
  type: TType;
  version: TVersion;
  /** When the system recorded the fact (not the business time, which is in the payload). */
  occurredAt: string;
  /** Administrative division code of the district, e.g. 500106 for Shapingba. */
  district: string;
  /** Kafka key: every event of one case goes to one partition, in order. */
  caseId: string;
  /** 1 for a case's first event, then +1 per event of that case. */
  sequence: number;
  /** Id of the user who acted (never a name); null for system actions. */
  actorId: string | null;
  payload: TPayload;
}

export const envelopeSchema = object({
  eventId: uuid(),
  type: str({ max: 100 }),
  version: int({ min: 1 }),
  occurredAt: isoTime(),
  district: str({ min: 6, max: 12 }),
  caseId: uuid(),
  sequence: int({ min: 1 }),
  actorId: nullable(str({ max: 100 })),
  payload: { validate() {}, is: () => true } as Schema<unknown>,
});

/** Binds an event type and version to its topic and payload schema. */
export interface EventDefinition<TType extends string, TVersion extends number, TSchema extends Schema<unknown>> {
  readonly type: TType;
  readonly version: TVersion;
  readonly topic: string;
  readonly payload: TSchema;
}

/** Declares one event contract; the returned value is both the validator and the source of its type. */
export function defineEvent<const TType extends string, const TVersion extends number, TSchema extends Schema<unknown>>(
  type: TType,
  version: TVersion,
  topic: string,
  payload: TSchema,
): EventDefinition<TType, TVersion, TSchema> {
  return { type, version, topic, payload };
}

/** The full event type (envelope + payload) of a definition. */
export type EventOf<D> =
  D extends EventDefinition<infer TType, infer TVersion, infer TSchema> ? EventEnvelope<TType, TVersion, Infer<TSchema>> : never;
