import { InvalidInputError } from '@casetrack/platform';

/** A survey of residents on the publicity (普法知晓率、参与率、满意率): how many of the respondents knew of it, took part, were satisfied. */
export interface Survey {
  id: string;
  conductedAt: Date;
  respondents: number;
  aware: number;
  participated: number;
  satisfied: number;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

export type RecordSurveyInput = { id: string; conductedAt: Date; respondents: number; aware: number; participated: number; satisfied: number };

/** A newly recorded survey (its only event has sequence 1). */
export function recordSurvey(input: RecordSurveyInput, now: Date): Survey {
  for (const field of ['aware', 'participated', 'satisfied'] as const)
    if (input[field] > input.respondents) throw new InvalidInputError('SURVEY.OVER_RESPONDENTS', field, `${field}: must not exceed the respondents (respondents)`);
  return { ...input, sequence: 1, createdAt: now, updatedAt: now };
}
