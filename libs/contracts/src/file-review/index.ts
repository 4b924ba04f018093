import { EventDefinition } from '../envelope';
import { Schema } from '../schema';

// Contracts of this area are added here (see ../mediation for the pattern).
export const FILE_REVIEW_EVENTS: readonly EventDefinition<string, number, Schema<unknown>>[] = [];
export type FileReviewEvent = never;
