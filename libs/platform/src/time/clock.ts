import { randomUUID } from 'node:crypto';

/** The current time; injected so tests can pin it (year boundaries matter here). */
export interface Clock {
  now(): Date;
}
export const CLOCK = Symbol('CLOCK');
export const systemClock: Clock = { now: () => new Date() };

/** New ids; injected so tests can predict them. */
export interface IdGenerator {
  next(): string;
}
export const ID_GENERATOR = Symbol('ID_GENERATOR');
export const uuidGenerator: IdGenerator = { next: () => randomUUID() };
